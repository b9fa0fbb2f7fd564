# title: Cold Feet
# buyer: Ruth Okonkwo, Chief Financial Officer at Pellham Foods
# sponsor: Marco Silva, Pellham's operations director, who chose your system
# summary: The selection committee has chosen your warehouse system. The contract needs Ruth's signature, and Ruth was there the last time a new system nearly sank the company.
# persona: burned-buyer
# must: last-time Ask what went wrong with the previous vendor's rollout
# must: reference Offer a conversation with a peer whose rollout you ran
# must: exit-terms Offer exit terms in case a pilot misses its targets

// Ruth is in Phase III from start to finish: she has a favourite and is weighing the risk of choosing it.
// Each beat is visited once; all of its choices rejoin at the next beat.
//   asked        the seller asked what went wrong last time
//   safeguards   risk answers given: a phased pilot, a peer reference, exit terms (0-3)
//   pushes       re-pitches, discounts and "we'll sort it out later" (capped at 3)
//   proposed     the seller proposed a concrete step to close
VAR phase = 3
VAR sponsor = 3
VAR asked = false
VAR safeguards = 0
VAR pushes = 0
VAR proposed = false

-> corridor

=== corridor ===
Pellham Foods, head office. Marco Silva meets you at reception and walks you up the stairs. # scene: corridor
The committee picked you, and it wasn't close. But Ruth signs, and she's gone quiet on me. # speaker: sponsor
She was deputy finance director the last time we put in a new system. Whatever you do, don't take her through the demo again. # speaker: sponsor # note: The sponsor has just described a Phase III buyer: the choice is made, the risk is what remains. What would you ask him before walking in?
+ [Say the demo is what won the committee, and it will win her #move: override-sponsor #path: repitch #why: The sponsor has said plainly that more selling will not help. Overriding him before the meeting starts also costs you your ally in the room.]
    With respect, the demo is what won the committee. It'll win her too. # speaker: seller
    Marco stops on the landing and looks at you for a moment.
    Your call. # speaker: sponsor
+ [Tell him you have some room to move on the price #move: price #path: discount #why: Nobody has said the price is the problem. Reaching for a discount before hearing her worry treats risk as if it were cost.]
    If it's the money, I have some room to move on price. # speaker: seller
    It isn't the money. I don't think. # speaker: sponsor
+ [Ask him what she will need to hear from you instead #move: follow-sponsor #path: exemplary #why: The sponsor knows the buyer and has just told you what not to do. Asking what to do instead turns his warning into a plan.]
    What will she need to hear from me instead? # speaker: seller
    That it won't be last time all over again. Ask her about it. She won't bring it up herself. # speaker: sponsor
- -> opening

=== opening ===
Ruth Okonkwo's office. The proposal sits on her desk, bristling with yellow tabs. # scene: office # clock: 30
{ sponsor <= 1: Marco takes the chair by the door and says nothing. | Marco takes the chair beside you. }
I've read your proposal twice. The committee wants it, and I can see why. I'm not ready to sign. # speaker: buyer # note: She has told you where she is, not what is in the way. Each of these answers guesses at the obstacle except one.
+ [Remind her of the features that won the committee over #move: pitch #path: repitch #why: She has already agreed the product is good. Selling it again answers a question she is not asking, and re-pitching grates on a buyer who has been burned.]
    ~ pushes = MIN(pushes + 1, 3)
    Let me remind you what the committee saw: live stock positions, pick routes, and the forecasting module. # speaker: seller
    I've seen it. I liked it. # speaker: buyer # thought: The last vendor's demo was lovely too.
+ [Ask her what happened with the system before this one #move: hard-question #covers: last-time #path: exemplary #why: Ask what you came to ask. Naming the old failure out loud is uncomfortable, and it is the only way to learn what her risk actually looks like.]
    ~ asked = true
    Marco mentioned there was a system before this one. What happened? # speaker: seller
    She looks at Marco, then back at you, and sits back. # thought: Finally. Someone who wants to know.
+ [Say there may be some flexibility on the price #move: price #path: discount #why: An early discount tells a cautious buyer that your price was padded, and it does nothing about the risk she is weighing.]
    ~ pushes = MIN(pushes + 1, 3)
    If it helps, there may be some flexibility on price. # speaker: seller
    I haven't asked for any. # speaker: buyer # thought: If the price was soft, what else is?
- -> story

=== story ===
{ asked:
    Four years ago we switched every warehouse over on one weekend in November. The pickers couldn't find the stock. We missed a third of our Christmas orders. # speaker: buyer
    The vendor's consultants left two weeks after go-live. It cost us three million, and my old boss his job. # speaker: buyer # clock: 24 # note: She has just told the story she does not tell. What she needs now is to know that it landed.
- else:
    Your product is fine. The last one was fine too, on paper. # speaker: buyer # clock: 24 # thought: They don't know, do they? # note: The buyer has hinted at the real obstacle without naming it. There is still a way to ask.
}
+ {asked} [Say back what went wrong, in her own terms #move: reflect #path: exemplary #why: Saying back the heart of her story shows it landed. It is not the software she fears, but being left alone with it.]
    So the software wasn't what failed you. Being left on your own with it was. # speaker: seller
    She is quiet for a second.
    Yes. That's it exactly. # speaker: buyer # thought: They heard it. No rush to defend anything.
+ {not asked} [Ask what happened with the system before this one #move: hard-question #covers: last-time #why: A late recovery: the question that should have come first still opens the conversation she needs to have.]
    ~ asked = true
    What happened with the last one? # speaker: seller
    She hesitates, then tells you: a single weekend switch-over, a third of the Christmas orders missed, consultants gone two weeks after go-live. # thought: At last. I was starting to think nobody would ask.
+ [Tell her your system is built nothing like theirs #move: pitch #path: repitch #why: Comparing products answers the wrong fear. What failed her was the rollout, and she will hear this as the same promise she heard last time.]
    ~ pushes = MIN(pushes + 1, 3)
    Our system is built nothing like theirs. It's a different generation. # speaker: seller
    That's what they said about theirs. # speaker: buyer # thought: Same speech, different logo.
+ [Offer to lower the first-year fee to share the risk #move: price #path: discount #why: Money cannot buy back a lost Christmas. Offering it suggests you have not understood what the risk is.]
    ~ pushes = MIN(pushes + 1, 3)
    We could lower the first-year fee, so that you carry less of the risk. # speaker: seller
    Cheaper doesn't make it safer. # speaker: buyer # thought: They think this is about money.
- -> peak

=== peak ===
{ pushes >= 2: Ruth glances at the clock and straightens the tabs on the proposal. }
{ asked: What I cannot live through again is a Christmas like that one. | What I can't have is the warehouses going dark in the run-up to Christmas. } # speaker: buyer # clock: 20 # note: The buyer has named her risk. A Phase III answer is concrete, specific to her risk, and cheap for her to test.
+ [Offer to fix the implementation price so there are no surprises #move: price #path: discount #why: A fixed price protects her budget, not her Christmas. It answers a worry she has not raised.]
    ~ pushes = MIN(pushes + 1, 3)
    We can fix the implementation price, so there are no surprises. # speaker: seller
    The surprises weren't on the invoice. # speaker: buyer # thought: Still the money.
+ [Propose a one-warehouse pilot in spring, clear of the peak #move: address-risk #path: exemplary #why: A phased pilot, timed well away from the season that hurt her, answers the risk she named in the terms she named it.]
    ~ safeguards += 1
    Then let's not go near Christmas. One warehouse, live in April, and nothing else moves until it has run clean for a quarter. # speaker: seller
    She writes "April" on the proposal and circles it. # thought: One site. In spring. I could live with that.
+ [Say the implementation details can be settled after signing #move: defer-topic #path: repitch #why: "We'll sort it out later" is exactly what she heard last time. Deferring the risk question this late looks evasive.]
    ~ pushes = MIN(pushes + 1, 3)
    The implementation details are easy to settle once the contract's signed. # speaker: seller
    That is word for word what we were told last time. # speaker: buyer # thought: Here we go again.
    Marco winces.
- -> support

=== support ===
{ asked: Their consultants left two weeks after go-live. | Last time, the consultants were gone two weeks after go-live. } Who do I call when it goes wrong at six in the morning? # speaker: buyer # clock: 16 # note: She is asking whether this partner is safe. What could she check for herself, without taking the seller's word?
+ [Walk her through the features of your support portal #move: pitch #path: repitch #why: A support portal is a feature. She is asking about people, and a screen does not answer that.]
    ~ pushes = MIN(pushes + 1, 3)
    Let me show you the support portal. Live chat, ticket tracking, a knowledge base. # speaker: seller
    A portal. At six in the morning. # speaker: buyer # thought: Nobody answered the portal last time either.
+ [Throw in the first year of premium support at no charge #move: price #path: discount #why: Free support sounds generous, but it does not tell her whether anyone will pick up the phone.]
    ~ pushes = MIN(pushes + 1, 3)
    I'll include a year of premium support at no charge. # speaker: seller
    That's kind. It isn't what I asked. # speaker: buyer # thought: Another discount.
+ [Offer a call with a CFO whose rollout you ran #move: address-risk #covers: reference #path: exemplary #why: A peer reference lets her check the risk with someone like her, in her language, without relying on the seller's word.]
    ~ safeguards += 1
    Don't take my word for it. The CFO at Harrowgate Dairies went through our rollout last year. I'll set up a call, without me on it. # speaker: seller
    Without you on it? # speaker: buyer # thought: Confident enough to let me check.
    Without me on it. # speaker: seller
- -> team

=== team ===
And who from your side would actually be in the building? # speaker: buyer # clock: 12 # note: Late in the cycle, track record and named people answer "is this partner safe?". Early, the same answer would have sounded like a lecture.
+ [Say the team will be assigned once the contract is signed #move: defer-topic #path: repitch #why: Another promise to sort it out later. For a buyer weighing risk, a team she cannot name is a risk she cannot weigh.]
    ~ pushes = MIN(pushes + 1, 3)
    We'll assign the team once the contract is in place. # speaker: seller
    Of course you will. # speaker: buyer # thought: Names later. Like last time.
+ [Name your implementation lead and offer to bring her #move: credentials #path: exemplary #why: A named lead with a track record answers the question she asked, and meeting her turns a promise into a person.]
    Anna Kowalski leads our rollouts. She's taken eleven sites live without missing a shipping day. I'd like to bring her next week. # speaker: seller
    Bring her. I'll have questions. # speaker: buyer # thought: A name. A face. That's new.
+ [Ask what size of team she would expect to see #move: open-probe #path: discount #why: A reasonable question, but this late it hands her work that is yours to do. She asked who would be there.]
    What size of team would you expect to see on site? # speaker: seller
    I'd expect you to tell me. # speaker: buyer # thought: They should know that.
- -> exit

=== exit ===
{ safeguards >= 1: And if the pilot doesn't work? | And if it doesn't work? } # speaker: buyer # clock: 8 # note: The hardest question in Phase III. The buyer wants to know what it costs her to be wrong.
+ [Assure her it will work, and quote your uptime figures #move: pitch #path: repitch #why: Confidence is not a plan for failure. She asked what happens if it goes wrong, and heard that it won't.]
    ~ pushes = MIN(pushes + 1, 3)
    It will work. We run at ninety-nine point nine percent uptime across forty warehouses. # speaker: seller
    So did they. # speaker: buyer # thought: No plan for failure, then.
+ [Offer exit terms if the pilot misses agreed targets #move: address-risk #covers: exit-terms #path: exemplary #why: Exit terms make the worst case finite. For a burned buyer, being able to walk away is what makes it safe to begin.]
    ~ safeguards += 1
    Then you walk away. We agree the targets together, write them into the contract, and if the pilot misses them you owe us nothing more. # speaker: seller
    She reads the sentence back to herself, then nods slowly. # thought: A way out. That's what I never had last time.
+ [Offer to halve the pilot fee so there is less to lose #move: price #path: discount #why: A smaller loss is still a loss, and it is the same Christmas. Discounting the worst case does not make it less likely.]
    ~ pushes = MIN(pushes + 1, 3)
    I can halve the pilot fee, so there's less at stake. # speaker: seller
    Less at stake for you, perhaps. # speaker: buyer # thought: They keep pricing the risk instead of removing it.
- -> board

=== board ===
{ safeguards >= 2: She turns to a clean page in her notebook. | She taps her pen on the proposal. }
If I do this, I have to stand up in front of the board and explain why this time is different. # speaker: buyer # clock: 5 # note: She is already rehearsing the decision. What could the seller learn here that would help her make it?
+ [Say the discount will make it an easy sell to the board #move: price #path: discount #why: The board's question will be the one she asked you: why this time is different. A discount is not an answer to it.]
    ~ pushes = MIN(pushes + 1, 3)
    With the discount, it should be an easy sell to the board. # speaker: seller
    The board lost three million last time. A discount won't move them. # speaker: buyer # thought: They still don't see it.
+ [Offer to present the full demo to the board yourself #move: pitch #path: repitch #why: The board will not ask what the software does. They will ask why this time is different, and a demo does not say.]
    ~ pushes = MIN(pushes + 1, 3)
    I'd be happy to present the full demo to the board myself. # speaker: seller
    They don't need a demo. # speaker: buyer # thought: More selling.
+ [Ask what the board will need to see to be comfortable #move: hard-question #path: exemplary #why: A hard question late in the cycle: it tells you what the final hurdle is, and helps her build the case she has to make.]
    What will the board need to see before they're comfortable? # speaker: seller
    {
    - safeguards >= 2:
        That there's a way out, and that someone like me has done it before. I think I can show them both now. # speaker: buyer # thought: I'm drafting the board paper in my head.
    - else:
        That it won't happen again. I'm not sure I can show them that yet. # speaker: buyer # thought: Good question. I don't have the answer.
    }
- -> close

=== close ===
She closes the proposal and looks at you. # clock: 2
So where does that leave us? # speaker: buyer # note: The buyer has handed the next move to the seller. What can she commit to today, given everything she has heard?
+ [Offer fifteen percent off if she signs by Friday #move: price #path: discount #why: A deadline and a discount are pressure. For a buyer afraid of being rushed into a bad rollout, pressure confirms the fear.]
    ~ pushes = MIN(pushes + 1, 3)
    If you can sign by Friday, I can take fifteen percent off. # speaker: seller
+ [Propose signing stage one today, with exit terms in it #move: next-step #path: exemplary #why: A concrete step sized to the risk: a small commitment now, with her safeguards written in, and the reference call before anything larger.]
    ~ proposed = true
    Sign for stage one today, with the exit terms written in. The reference call happens this week, and Anna comes in next Tuesday. Nothing beyond stage one until you've seen it run. # speaker: seller
+ [Say you will give her time and follow up next month #move: defer-topic #path: repitch #why: Giving time sounds respectful, but in Phase III it leaves her alone with the risk, which is exactly where she is stuck.]
    I'll give you some time with it and follow up next month. # speaker: seller
- -> ending

=== ending ===
{
- pushes >= 3:
    -> no_sale
- asked && safeguards == 3 && proposed && pushes <= 1:
    -> order
- safeguards >= 2 && pushes <= 1:
    -> advance
- else:
    -> continuation
}

=== order ===
She opens the proposal again at the last page and reads the exit clause twice. # clock: 0
Stage one. One warehouse, April, exit terms as you said them. I'll sign that. # speaker: buyer # thought: For the first time since that Christmas, I can see the worst case, and it's survivable.
She signs, and slides the page across to Marco to countersign.
On the stairs, Marco lets out a long breath. # scene: corridor
Four years she's been waiting for someone to ask her about that weekend. # speaker: sponsor
Stage one is signed, with the reference call and Anna's visit in the diary. # outcome: order
-> END

=== advance ===
I'm not signing anything today. But set up the call, and bring your implementation lead next week. # speaker: buyer # thought: Closer. I need to hear it from someone who's been through it.
On the stairs, Marco nods to himself. # scene: corridor
That's further than she's gone with anyone. # speaker: sponsor
You leave with a reference call and a second meeting agreed. # outcome: advance
-> END

=== continuation ===
Leave it with me. I'll talk to the committee. # speaker: buyer # thought: Nothing has changed since this morning. I'm still afraid of the same thing.
On the stairs, Marco is quiet. # scene: corridor
{ sponsor <= 1:
    I did say not to sell to her. # speaker: sponsor
- else:
    She'll come round. Maybe. # speaker: sponsor
}
Nothing is agreed. The contract stays on her desk. # outcome: continuation
-> END

=== no_sale ===
I think we'll pause the project for a year. Thank you for coming in. # speaker: buyer # thought: I've heard this meeting before. I know how it ends.
On the stairs, Marco doesn't look at you. # scene: corridor
{ sponsor <= 1:
    I told you what she needed. # speaker: sponsor
- else:
    She's shelving it. I'm sorry. # speaker: sponsor
}
Two weeks later Marco writes to say the project is on hold. # outcome: no-sale
-> END
