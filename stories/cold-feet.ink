# path-name: discount The seller who bought her yes with a discount
# path-name: repitch The seller who sold her the product again
# title: Cold Feet
# buyer: Ruth Okonkwo, Chief Financial Officer at Pellham Foods
# sponsor: Marco Silva, Pellham's operations director, who chose your system
# summary: The selection committee has chosen your warehouse system. The contract needs Ruth's signature, and Ruth was there the last time a new system nearly sank the company.
# persona: burned-buyer
# must: last-time Ask what went wrong with the previous vendor's rollout
# must: reference Offer a conversation with a peer whose rollout you ran
# must: exit-terms Offer exit terms in case a pilot misses its targets

// Ruth is in Phase III from start to finish: she has a favourite and is weighing the risk of choosing it.
// Risk answers, a named team, a plain price and a hard question about her board are what she needs;
// re-pitching, discounting and "we'll sort it out later" are pushes. She signs only when she has told her
// story early, heard it said back, and has every piece of her risk picture; each piece she is left without
// is one more reason to wait. Each beat is visited once; all of its choices rejoin at the next beat.
//   heard       0: she never told the story of last time; 1: she told it when asked late; 2: asked at once
//   missed      pieces of her risk picture she was left without: her story said back, a pilot clear of
//               Christmas, a peer to call, a named lead, the full price, exit terms, the board's test (capped at 3)
//   pushes      re-pitches, discounts, pressure and "we'll sort it out later" (capped at 3)
//   discounts   discounts offered to Ruth herself (0-2); one more chance, offered to Marco on the stairs,
//               only counts as a push
//   pilot, reference, lead, exit_terms   the safeguards she was offered, named in the endings
//   proposed    the seller proposed stage one as the step to close
VAR phase = 3
VAR sponsor = 3
VAR heard = 0
VAR missed = 0
VAR pushes = 0
VAR discounts = 0
VAR pilot = false
VAR reference = false
VAR lead = false
VAR exit_terms = false
VAR proposed = false

-> corridor

=== function push() ===
~ pushes = MIN(pushes + 1, 3)

=== function miss() ===
~ missed = MIN(missed + 1, 3)

// Once the best she can say is "leave it with me" (two slips, or her story never told), the safeguards no longer change the ending: forgetting
// them lets every state that can only end the same way merge, which keeps the story quick to explore.
=== function settle() ===
{ missed + pushes >= 2 || heard == 0:
    ~ missed = 3
    ~ heard = MIN(heard, 1)
    ~ pilot = false
    ~ reference = false
    ~ lead = false
    ~ exit_terms = false
}

=== corridor ===
Pellham Foods, head office. Marco Silva meets you at reception and walks you up the stairs. # scene: stairwell # present: sponsor
The committee picked you, and it wasn't close. But Ruth signs, and she's gone quiet on me. # speaker: sponsor
She was deputy finance director the last time we put in a new system. Whatever you do, don't take her through the demo again. # speaker: sponsor # note: The sponsor has just described a Phase III buyer: the choice is made, the risk is what remains. What would you ask him before walking in?
+ [Ask Marco what she will need to hear from you instead #move: follow-sponsor #path: exemplary #why: The sponsor knows the buyer and has just told you what not to do. Asking what to do instead turns his warning into a plan.]
    What will she need to hear from me instead? # speaker: seller
    That it won't be last time all over again. Ask her about it. She won't bring it up herself. # speaker: sponsor
+ [Tell Marco you have some room to move on the price #move: price #path: discount #why: Nobody has said the price is the problem. Reaching for a discount before hearing her worry treats risk as if it were cost, and Marco will not forget that you did.]
    ~ push()
    If it's the money, I have some room to move on price. # speaker: seller
    It isn't the money. I don't think. # speaker: sponsor
    Marco takes the last flight of stairs a little faster.
+ [Say the demo won the committee over, and it will win her too #move: override-sponsor #path: repitch #why: The sponsor has said plainly that more selling will not help. Overriding him before the meeting starts also costs you your ally in the room.]
    ~ push()
    With respect, the demo is what won the committee. It'll win her too. # speaker: seller
    Marco stops on the landing and looks at you for a moment.
    Your call. # speaker: sponsor
- -> opening

=== opening ===
Ruth Okonkwo's office. The proposal sits on her desk, bristling with yellow tabs. # scene: office # clock: 30 # present: buyer sponsor
{ sponsor <= 1: Marco takes the chair by the door and says nothing. | Marco takes the chair beside you. }
I've read your proposal twice. The committee wants it, and I can see why. I'm not ready to sign. # speaker: buyer # note: She has told you where she is, not what is in the way. Each of these answers guesses at the obstacle except one.
+ [Tell her she is right not to rush a decision this size #move: reflect #path: discount #why: Kind, and true. But it leaves the obstacle unnamed, and she will not name it herself: the story of last time stays untold.]
    You're right not to rush a decision this size. # speaker: seller
    Thank you. # speaker: buyer
    She waits, her hand flat on the proposal. # thought: Kind. And no nearer to it.
+ [Remind her of the features that won the committee over #move: pitch #path: repitch #why: She has already agreed the product is good. Selling it again answers a question she is not asking, and re-pitching grates on a buyer who has been burned.]
    ~ push()
    Let me remind you what the committee saw: live stock positions, pick routes, and the forecasting module. # speaker: seller
    Ruth turns one of the yellow tabs over, then back again. # thought: The last vendor's demo was lovely too.
+ [Ask her what went wrong with the last system they put in #move: open-probe #covers: last-time #path: exemplary #why: Ask what you came to ask. Naming the old failure out loud is uncomfortable, and it is the only way to learn what her risk actually looks like.]
    ~ heard = 2
    Marco mentioned there was a system before this one. What went wrong? # speaker: seller
    She looks at Marco, then back at you, and sits back. # thought: Finally. Someone who wants to know.
- -> story

=== story ===
{ heard == 2:
    Four years ago we switched every warehouse over on one weekend in November. The pickers couldn't find the stock. We missed a third of our Christmas orders. # speaker: buyer
    The vendor's consultants left two weeks after go-live. It cost us three million, and my old boss his job. # speaker: buyer # clock: 24 # note: She has just told the story she does not tell. What she needs now is to know that it landed.
- else:
    Your product is fine. The last one was fine too, on paper. # speaker: buyer # clock: 24 # thought: They don't know, do they? # note: The buyer has hinted at the real obstacle without naming it. There is still a way to ask, and asking late costs something.
}
+ [Tell her your system is built nothing like the old one #move: pitch #path: repitch #why: Comparing products answers the wrong fear. What failed her was the rollout, and she will hear this as the same promise she heard last time.]
    ~ push()
    ~ miss()
    Our system is built nothing like theirs. It's a different generation. # speaker: seller
    Ruth's mouth tightens. # thought: That's what they said about theirs. Same speech, different logo.
+ {heard == 2} [Say back what went wrong last time, in her own words #move: reflect #path: exemplary #why: Saying back the heart of her story shows it landed. It is not the software she fears, but being left alone with it.]
    So the software wasn't what failed you. Being left on your own with it was. # speaker: seller
    She is quiet for a second.
    Yes. That's it exactly. # speaker: buyer # thought: They heard it. No rush to defend anything.
+ {heard == 0} [Ask what happened with the last system, and let her tell it #move: open-probe #covers: last-time #path: discount #why: A late recovery: the question that should have come first still opens the conversation she needs to have. Asked this late, she gives the short version, and there is no time to say it back.]
    ~ heard = 1
    ~ miss()
    What happened with the last one? # speaker: seller
    She hesitates, then gives you the short version: a single weekend switch-over, a third of the Christmas orders missed, consultants gone two weeks after go-live. # thought: At last. I was starting to think nobody would ask.
+ [Ask what a second failure would mean for the business now #move: implication #why: In Phase I this question builds the need. Here she has lived the cost, and making her price it again is pressure.]
    ~ push()
    ~ miss()
    If it happened again, what would it mean for the business now? # speaker: seller
    Ruth looks at you for a long moment before she answers. # mood: guarded
    More than I'd like to say out loud. # speaker: buyer # thought: As if I hadn't done that sum every night for four years.
- -> peak

=== peak ===
~ settle()
{ pushes >= 2: Ruth glances at the clock and straightens the tabs on the proposal. }
{ heard > 0: What I cannot live through again is a Christmas like that one. | What I can't have is the warehouses going dark in the run-up to Christmas. } # speaker: buyer # clock: 20 # note: The buyer has named her risk. A Phase III answer is concrete, specific to her risk, and cheap for her to test.
+ [Say you'd start with one warehouse in April, clear of Christmas #move: address-risk #path: exemplary #why: A phased pilot, timed well away from the season that hurt her, answers the risk she named in the terms she named it.]
    ~ pilot = true
    Then let's not go near Christmas. One warehouse, live in April, and nothing else moves until it has run clean for a quarter. # speaker: seller
    She writes "April" on the proposal and circles it. # thought: One site. In spring. I could live with that.
+ [Say the implementation details will be easy to settle after signing #move: defer-topic #path: repitch #path: discount #why: "We'll sort it out later" is exactly what she heard last time. Deferring the risk question this late looks evasive.]
    ~ push()
    ~ miss()
    The implementation details are easy to settle once the contract's signed. # speaker: seller
    Ruth goes very still. Marco winces. # mood: frustrated # thought: That is word for word what we were told last time.
+ [Ask what a calm Christmas on the new system would mean to her #move: need-payoff #why: A good question while the value is still being built. She knows what it would mean; she has just told you what she cannot survive, and she wants to hear how you would prevent it.]
    ~ miss()
    What would a calm Christmas on the new system mean to you? # speaker: seller
    It would mean I sleep in December. # speaker: buyer
    She waits for the rest. It doesn't come. # thought: I know what it would mean. I need to know how.
- -> support

=== support ===
~ settle()
{ heard > 0: Their consultants left two weeks after go-live. | Last time, the consultants were gone two weeks after go-live. } Who do I call when it goes wrong at six in the morning? # speaker: buyer # clock: 16 # note: She is asking whether this partner is safe. What could she check for herself, without taking the seller's word?
+ [Quote the support desk's response times, around the clock #move: credentials #path: repitch #path: discount #why: Track record is a fair Phase III answer, but these are the seller's own figures. She is asking about people, and a number on a slide is what she had last time.]
    ~ miss()
    Our support desk answers in under four minutes, around the clock, and clients rate it four point eight out of five. # speaker: seller
    Four minutes. # speaker: buyer
    She writes it down without looking up. # thought: The last ones had figures too.
+ [Walk her through the features of your online support portal #move: pitch #why: A support portal is a feature. She is asking about people, and a screen does not answer that.]
    ~ push()
    ~ miss()
    Let me show you the support portal. Live chat, ticket tracking, a knowledge base. # speaker: seller
    She writes "portal" in the margin and draws a line under it. # mood: guarded # thought: A portal. At six in the morning. Nobody answered the portal last time either.
+ [Offer her a call with a CFO whose rollout you ran, without you #move: address-risk #covers: reference #path: exemplary #why: A peer reference lets her check the risk with someone like her, in her language, without relying on the seller's word.]
    ~ reference = true
    Don't take my word for it. The CFO at Harrowgate Dairies went through our rollout last year. I'll set up a call, without me on it. # speaker: seller
    Without you on it? # speaker: buyer # thought: Confident enough to let me check.
    Without me on it. # speaker: seller
- -> team

=== team ===
~ settle()
And who from your side would actually be in the building? # speaker: buyer # clock: 12 # note: Late in the cycle, track record and named people answer "is this partner safe?". Early, the same answer would have sounded like a lecture.
+ [Name your implementation lead and offer to bring her in #move: credentials #path: exemplary #why: A named lead with a track record answers the question she asked, and meeting her turns a promise into a person.]
    ~ lead = true
    Anna Kowalski leads our rollouts. She's taken eleven sites live without missing a shipping day. I'd like to bring her next week. # speaker: seller
    Bring her. I'll have questions. # speaker: buyer # thought: A name. A face. That's new.
+ [Say the team will be assigned once the contract is signed #move: defer-topic #path: discount #why: Another promise to sort it out later. For a buyer weighing risk, a team she cannot name is a risk she cannot weigh.]
    ~ push()
    ~ miss()
    We'll assign the team once the contract is in place. # speaker: seller
    Of course. # speaker: buyer # mood: guarded # thought: Names later. Like last time.
+ [Ask what size of team she would expect to see on site #move: open-probe #path: repitch #why: A reasonable question, but this late it hands her work that is yours to do. She asked who would be there, and still has no name.]
    ~ miss()
    What size of team would you expect to see on site? # speaker: seller
    She considers you for a moment before she answers.
    Enough to cover four warehouses, I'd have thought. # speaker: buyer # thought: I was hoping they would tell me.
- -> terms

=== terms ===
~ settle()
Ruth pulls the proposal towards her and turns to the commercial section. # clock: 10
Then tell me what this costs. All of it: not the licence, the whole first year. # speaker: buyer # note: A price question in Phase III is a risk question: what is the most this can cost me? Talking price now is aligned; hedging or discounting it tells her the number is soft.
+ [Tell her the full first-year cost, line by line #move: price #align: 2 #attune: 1 #path: exemplary #path: discount #why: She asked for the number. In Phase III the whole price, plainly given, is part of the risk she is weighing: a figure that will not move is one less unknown. The persona's penalty on price talk is for discounts, so it is overridden for this plain answer.]
    Licence, one hundred and eighty thousand a year. Stage one implementation, sixty-five thousand, fixed. {lead:Anna's|Our} team on site for twelve weeks after go-live, included. Nothing else in year one: no day rates, no change fees. # speaker: seller
    Ruth writes the figures in the margin, adds them up, and nods once. # thought: A number that doesn't move when I look at it.
+ [Ask what a year without missed orders would be worth to her #move: need-payoff #path: repitch #why: A value question is a good move while value is still being agreed. She asked for a number, and answering with a question leaves the price as one more unknown.]
    ~ miss()
    Before the figures: what would a year without missed orders be worth to Pellham? # speaker: seller
    Ruth puts her pen down and waits until you give her the figures anyway. # thought: I asked what it costs. Why won't they just say?
+ [Say procurement will send the full figures after the meeting #move: defer-topic #why: Deferring a direct question about cost, this late, looks as if the number has something to hide.]
    ~ push()
    ~ miss()
    Our procurement team will send you the full breakdown after the meeting. # speaker: seller
    Ruth closes the commercial section. # mood: guarded # thought: Later. Everything is later.
- -> exit

=== exit ===
~ settle()
{ pilot: And if the pilot doesn't work? | And if it doesn't work? } # speaker: buyer # clock: 8 # note: The hardest question in Phase III. The buyer wants to know what it costs her to be wrong.
+ [Offer to halve the pilot fee, so there is less to lose #move: price #path: discount #why: A smaller loss is still a loss, and it is the same Christmas. Discounting the worst case does not make it less likely.]
    ~ push()
    ~ miss()
    ~ discounts += 1
    I can halve the pilot fee, so there's less at stake. # speaker: seller
    Ruth does not write that one down. # thought: They keep pricing the risk instead of removing it.
+ [Offer exit terms if the pilot misses the targets you agree #move: address-risk #covers: exit-terms #path: exemplary #why: Exit terms make the worst case finite. For a burned buyer, being able to walk away is what makes it safe to begin.]
    ~ exit_terms = true
    Then you walk away. We agree the targets together, write them into the contract, and if the pilot misses them you owe us nothing more. # speaker: seller
    She reads the sentence back to herself, then nods slowly. # thought: A way out. That's what I never had last time.
+ [Assure her it will work, and quote your uptime figures #move: pitch #path: repitch #why: Confidence is not a plan for failure. She asked what happens if it goes wrong, and heard that it won't.]
    ~ push()
    ~ miss()
    It will work. We run at ninety-nine point nine percent uptime across forty warehouses. # speaker: seller
    Ruth looks at the figure, then at Marco. # mood: guarded # thought: So did theirs. No plan for failure, then.
- -> board

=== board ===
~ settle()
{ pilot && reference && exit_terms: She turns to a clean page in her notebook. | She taps her pen on the proposal. }
If I do this, I have to stand up in front of the board and explain why this time is different. # speaker: buyer # clock: 5 # note: She is already rehearsing the decision. What could the seller learn here that would help her make it?
+ [Say that sounds like a hard conversation to have with them #move: reflect #path: discount #why: Warm, and true. But she has told you what she faces; what she needs is to know what would satisfy the board, and nobody has asked.]
    ~ miss()
    That sounds like a hard conversation to have with them. # speaker: seller
    It will be. # speaker: buyer
    She looks down at her notes. # thought: I know it's hard. I need to know what will carry it.
+ [Ask what the board will need to see to be comfortable #move: hard-question #path: exemplary #why: A hard question late in the cycle: it tells you what the final hurdle is, and helps her build the case she has to make.]
    What will the board need to see, to be comfortable with it? # speaker: seller
    {
    - pilot && reference && exit_terms:
        That there's a way out, and that someone like me has done it before. I think I can show them both now. # speaker: buyer # thought: I'm drafting the board paper in my head.
    - else:
        That it won't happen again. I'm not sure I can show them that yet. # speaker: buyer # thought: Good question. I don't have the whole answer.
    }
+ [Offer to present the full demo to the board yourself #move: pitch #path: repitch #why: The board will not ask what the software does. They will ask why this time is different, and a demo does not say.]
    ~ push()
    ~ miss()
    I'd be happy to present the full demo to the board myself. # speaker: seller
    Ruth lets that pass without an answer. # thought: More selling. The board lost three million on a demo.
- -> close

=== close ===
~ settle()
She closes the proposal and looks at you. # clock: 2
So where does that leave us? # speaker: buyer
{ sponsor >= 2:
    Marco leans forward. # note: The buyer has handed the next move to the seller, and the sponsor has just offered a bigger one. What can she commit to today, given everything she has heard?
    Ruth, if we sign the whole thing today, Anna's team could be in every warehouse by March. # speaker: sponsor
- else:
    Marco stays in his chair by the door. # note: The buyer has handed the next move to the seller. What can she commit to today, given everything she has heard?
}
+ [Offer fifteen percent off if she signs by Friday #move: price #path: discount #why: A deadline and a discount are pressure. For a buyer afraid of being rushed into a bad rollout, pressure confirms the fear.]
    ~ push()
    ~ discounts += 1
    If you can sign by Friday, I can take fifteen percent off. # speaker: seller
    Ruth does not reach for her pen. # thought: A deadline. There was a deadline last time, too.
+ {sponsor >= 2} [Back Marco, and suggest she signs the whole contract today #move: follow-sponsor #path: repitch #why: The sponsor's enthusiasm is real, and he knows the warehouses. But he is offering the big step to a buyer whose fear is the big step; backing him puts two people's pressure on her.]
    ~ push()
    Marco's right. Sign the whole contract today and we can start planning every site. # speaker: seller
    Ruth looks from you to Marco, and back. # mood: guarded # thought: Both of them now. All of it, today. That's how it went last time.
+ {sponsor < 2} [Say you will give her time and follow up next month #move: defer-topic #path: repitch #why: Giving time sounds respectful, but in Phase III it leaves her alone with the risk, which is exactly where she is stuck.]
    I'll give you some time with it and follow up next month. # speaker: seller
    Ruth nods, and puts the proposal back on the pile. # thought: Time alone with it is what I've had for a month.
+ [Say she could sign for stage one now, and no more yet #move: next-step #path: exemplary #why: A concrete step sized to the risk: a small commitment now, with her safeguards written in, and nothing larger until she has seen it run.]
    ~ proposed = true
    { sponsor >= 2:
        Not the whole thing. Not yet. # speaker: seller
    }
    Sign for stage one today{exit_terms:, with the exit terms written in}. {reference:The reference call happens this week. }{lead:Anna comes in next Tuesday. }Nothing beyond stage one until you've seen it run. # speaker: seller
- -> ending

=== ending ===
{
- pushes >= 3:
    -> no_sale
- heard == 2 && missed == 0 && proposed && pushes == 0:
    -> order
- heard >= 1 && missed + pushes <= 1 && proposed:
    -> advance
- else:
    -> continuation
}

=== order ===
She opens the proposal again at the last page and reads the exit clause twice. # clock: 0
Stage one. One warehouse, April, exit terms as you said them, at the price you gave me. I'll sign that. # speaker: buyer # thought: For the first time since that Christmas, I can see the worst case, and it's survivable.
She signs, and slides the page across to Marco to countersign.
On the stairs, Marco lets out a long breath. # scene: stairwell # present: sponsor
Four years she's been waiting for someone to ask her about that weekend. # speaker: sponsor
Stage one is signed, with the reference call and Anna's visit in the diary. # outcome: order
-> END

=== advance ===
I'm not signing anything today. # speaker: buyer # clock: 0 # thought: Closer. Not there yet.
{ reference:
    But set up the call with Harrowgate for this week. # speaker: buyer
}
{ lead:
    And bring Anna on Tuesday. I'll have the warehouse managers in the room. # speaker: buyer
- else:
    Come back on Tuesday with whoever would lead it. I'll have the warehouse managers in the room. # speaker: buyer
}
She writes Tuesday into her diary while you watch.
On the stairs, Marco nods to himself. # scene: stairwell # present: sponsor
{ sponsor >= 4:
    That's further than she's gone with anyone. # speaker: sponsor
- else:
    Further than I thought she'd go, after the stairs. # speaker: sponsor
}
You leave with {reference:a reference call and }a second meeting in Ruth's diary. # outcome: advance
-> END

=== continuation ===
Leave it with me. I'll talk to the committee. # speaker: buyer # clock: 0 # mood: guarded
{ heard == 0:
    She stands to show you out. # thought: Nobody asked what happened last time. I'm still afraid of the same thing.
- else:
    She stands to show you out. # thought: They asked. But I still can't see the whole of the risk.
}
On the stairs, Marco is quiet. # scene: stairwell # present: sponsor
{
- sponsor <= 1:
    I did say not to sell to her. # speaker: sponsor
- discounts > 0:
    She asked me afterwards why your price moved the moment she mentioned a risk. # speaker: sponsor
- else:
    She'll come round. Maybe. # speaker: sponsor
}
Nothing is agreed. The contract stays on her desk. # outcome: continuation
-> END

=== no_sale ===
I think we'll pause the project for a year. Thank you for coming in. # speaker: buyer # clock: 0 # mood: frustrated # thought: I've heard this meeting before. I know how it ends.
On the stairs, Marco doesn't look at you. # scene: stairwell # present: sponsor
{
- sponsor <= 1:
    I told you what she needed. # speaker: sponsor
- discounts >= 2:
    Every time she raised a risk, you cut the price. She's shelving it. # speaker: sponsor
- discounts == 1:
    She's shelving it. And she asked me why the price moved when she asked about the risk. # speaker: sponsor
- else:
    She's shelving it. I'm sorry. # speaker: sponsor
}
Two weeks later Marco writes to say the project is on hold. # outcome: no-sale
-> END
