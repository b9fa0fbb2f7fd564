# title: The Shortlist
# buyer: Priya Anand, Head of Claims at Larkfield Insurance
# sponsor: Owen Blake, Larkfield's IT architect, who put you on the shortlist
# summary: Priya has written a careful brief, scored two other vendors against it, and given you forty minutes. She knows her problem. She wants to see how your platform solves it.
# must: weighting Ask how she will weigh her criteria against each other
# must: sign-off Ask who else has to sign before a contract
# must: eval-plan Propose an evaluation plan she can edit

// Priya starts in Phase II: her needs are written down in the brief, and she is comparing solutions.
// If the seller shows the platform against her own criteria and gives her no doubts, she moves to
// Phase III before the end of the meeting and her questions turn to risk.
// Each beat is visited once; all of its choices rejoin at the next beat.
//   repeats    times the seller asked for something already written in the brief (capped at 2)
//   doubts     slips that make her doubt the seller: repeats, overriding Owen, no answer to her worry,
//              an unasked discount (capped at 3)
//   mapped     the platform was shown against her criteria, in her order
//   proposed   the seller proposed an evaluation plan she could edit
VAR phase = 2
VAR sponsor = 3
VAR repeats = 0
VAR doubts = 0
VAR mapped = false
VAR proposed = false

-> opening

=== opening ===
Larkfield Insurance, a meeting room on the third floor. A copy of the brief lies in front of Priya Anand, its margins full of her handwriting. # scene: boardroom # clock: 40
Owen Blake, the architect who put you on the shortlist, sits beside her with a laptop.
Thanks for coming in. You've had the brief: three vendors, four criteria, and a decision by the end of the month. Where would you like to start? # speaker: buyer # note: The buyer has done her Phase I thinking and written it down. Which opening shows that you have read it?
+ [Ask her to take you through the problem from the beginning #move: open-probe #path: rediscovery #why: A sound question in Phase I. Here the answer is already written down, so asking again tells her the brief went unread.]
    ~ repeats = MIN(repeats + 1, 2)
    ~ doubts = MIN(doubts + 1, 3)
    Before anything else, could you take me through the problem from the beginning? # speaker: seller
    She taps the brief.
    It's all in the brief. Section two. # speaker: buyer # mood: guarded # thought: Did they read it at all?
    Owen looks down at his laptop.
+ [Check that the four criteria in her brief still stand #move: reflect #path: exemplary #why: Playing her criteria back in her own terms shows you read the brief, and it keeps her framework at the centre of the meeting.]
    I've read the brief. Before I show you anything: are these still the four that decide it? Working with Keystone, live before the storm season, adjusters trained inside a day, and three-year cost. # speaker: seller
    They are. Integration is the one that has sunk projects here before. # speaker: buyer # thought: Good. They've read it, and they're using my words.
+ [Open with a short overview of your company and clients #move: credentials #why: An overview answers a question she has not asked. It does no harm in Phase II, but it spends her minutes on you.]
    Let me start with a quick overview of who we are and who we work with. # speaker: seller
    Briefly, please. I've seen the website. # speaker: buyer # thought: Everyone starts with the logo slide.
- -> weighting

=== weighting ===
{ repeats > 0: She slides the brief across the table to you, open at section two. }
The other two vendors presented last week. Both had very polished demos. # speaker: buyer # clock: 36 # note: She has told you there is a comparison and that polish did not settle it. What would you need to know to be compared fairly?
+ [Tell her where you tend to win against vendors like those two #move: credentials #why: Comparing yourself with absent rivals is about you. She has her own yardstick and has not shared it yet.]
    We usually win on integration. Most platforms in this space treat it as an afterthought. # speaker: seller
    Perhaps. We'll see. # speaker: buyer # thought: They all said something like that.
+ [Ask what is behind the claims backlog in the first place #move: open-probe #align: -1 #attune: -1 #path: rediscovery #why: Her brief answers this on page three. After being pointed to the brief once, asking again reads as not listening. The rubric's Phase II value is overridden here because the question lags behind her.]
    ~ repeats = MIN(repeats + 1, 2)
    ~ doubts = MIN(doubts + 1, 3)
    What's behind the backlog in the first place? # speaker: seller
    Page three. Adjusters re-key every claim into Keystone by hand. # speaker: buyer # mood: guarded # thought: I'm reading my own brief aloud.
+ [Ask how she will weigh the four criteria if vendors are close #move: hard-question #covers: weighting #path: exemplary #why: Ask what you came to ask. Knowing how she breaks a tie tells you where to spend the rest of the meeting.]
    If two of you come out close, how will you weigh the four against each other? # speaker: seller
    Integration first, then the storm-season date. Cost matters, but not as much as another failed rollout. # speaker: buyer # thought: Nobody else asked me that. Useful for me too.
- -> payoff

=== payoff ===
Right now a simple claim takes nine days. Most of that is adjusters copying data from one screen to another. # speaker: buyer # clock: 32 # note: The problem is known and agreed. Phase II is where the buyer states, in her own words, what solving it would be worth.
+ [Say you can bring simple claims down to a single day #move: pitch #why: A fair claim for a Phase II buyer, but it is your number, not hers. She has heard three versions of it already.]
    We can bring simple claims down to a day. # speaker: seller
    Everyone says that. # speaker: buyer # thought: And none of them has shown me how.
+ [Ask what the nine-day wait is costing the business #move: implication #path: rediscovery #why: She wrote the cost down in her brief. In Phase I this question builds the need; here she has built it already.]
    ~ repeats = MIN(repeats + 1, 2)
    ~ doubts = MIN(doubts + 1, 3)
    What is the nine-day wait costing the business? # speaker: seller
    There's a table on page four. # speaker: buyer # mood: guarded # thought: Another answer that's already in the brief.
+ [Ask what same-day simple claims would be worth to her #move: need-payoff #path: exemplary #why: A need-payoff question lets her state the value in her own words, which is the case she will have to make upstairs.]
    If simple claims closed the same day, what would that be worth to you? # speaker: seller
    She thinks for a moment.
    A third of my adjusters back on the complex claims. And our renewal rate would stop sliding. # speaker: buyer # thought: That's the sentence I need for the board.
- -> sponsor_cue

=== sponsor_cue ===
{ repeats >= 2: Priya glances at the clock on the wall. }
Owen turns his laptop towards you.
Can you start with the Keystone connector? That's where the other two went vague. # speaker: sponsor # note: The sponsor knows where the buyer's doubts are. Does the seller's prepared running order matter more than that?
+ [Say you would like to understand their set-up better first #move: defer-topic #path: rediscovery #why: Postponing what the sponsor asked for, in order to go on asking, looks evasive to both of them. Their set-up is in the appendix.]
    I'd like to understand your set-up a bit better before I show anything. # speaker: seller
    It's in the appendix. # speaker: sponsor
    Owen turns the laptop back.
+ [Start with the Keystone connector, as Owen suggests #move: follow-sponsor #path: exemplary #why: The sponsor knows where the buyer's doubts lie. Starting there answers the criterion she ranked first.]
    ~ mapped = true
    Happy to. Keystone first. # speaker: seller
    Owen gives you a small nod.
    Priya leans in to see the screen. # thought: Good. Straight to the one that matters.
+ [Keep to the running order of the demo you prepared #move: override-sponsor #why: The demo's order suits the seller. The sponsor has just said where the buyer's doubt lies, and it is not on slide one.]
    ~ doubts = MIN(doubts + 1, 3)
    I'll get to Keystone. Let me take you through it in order first. # speaker: seller
    Owen closes the laptop.
    Priya notices. # thought: Owen asked for one thing.
- -> demo

=== demo ===
{
- mapped: On the screen a claim moves from Keystone into the platform with no one typing it.
- repeats >= 2: We have about twenty minutes left. I'd like to see something. # speaker: buyer
- else: Right. Show me. # speaker: buyer
}
Priya's pen is over the brief, ready to score. # clock: 24 # note: She wants to see the solution now, and she has a scoring sheet. Which way of showing it makes her job easy?
+ [Run your standard demo, from the main dashboard onwards #move: pitch #why: What a Phase II buyer wants is a solution, so the move is right. But the standard tour makes her do the work of mapping it to her four criteria.]
    You open the dashboard and take her through it screen by screen. # speaker: seller
    Where does the storm-season date come in? # speaker: buyer # thought: Nice screens. I still have to score it myself.
+ [Ask her to describe how a claim moves through the team today #move: open-probe #align: -1 #attune: -1 #path: rediscovery #why: The claim flow is the diagram in her brief. With her pen ready to score, another question instead of a demo leaves her nothing to score.]
    ~ repeats = MIN(repeats + 1, 2)
    ~ doubts = MIN(doubts + 1, 3)
    Could you describe how a claim moves through the team today? # speaker: seller
    Priya puts the pen down.
    It's the diagram on page five. # speaker: buyer # mood: frustrated # thought: I don't have time for this.
+ [Show the platform criterion by criterion, in her order #move: pitch #path: exemplary #why: Presenting against her criteria, in her order, makes the platform easy to score and shows you paid attention to how she decides.]
    ~ mapped = true
    Let me take your four in the order you weigh them. Keystone you've just seen. The storm-season date next. # speaker: seller
    She writes a score in the margin, then another. # thought: This is how I wish the other two had done it.
- -> adoption

=== adoption ===
My adjusters aren't technical. Half of them still print claims out to read them. # speaker: buyer # clock: 18 # note: This is the criterion she is least sure any vendor can meet. A new idea is welcome now: her problem is defined and she is comparing answers.
+ [Let her carry on telling you about the team #move: listen #path: rediscovery #why: In Phase II, listening alone leaves her worry where it was. She is looking for an answer.]
    ~ doubts = MIN(doubts + 1, 3)
    You nod and wait.
    So you see the problem. # speaker: buyer # thought: Yes. And your answer is?
+ [Suggest training by claim type: one screen first #move: insight #path: exemplary #why: One fresh angle, offered once her story has been heard, is what a Phase II buyer hopes to get from a vendor. It reframes a criterion instead of just promising to meet it.]
    One idea: route only the simple claims through it for the first month. Adjusters learn one screen, not twelve. The one-day target becomes half a day. # speaker: seller
    She writes something in the margin and underlines it.
    Nobody suggested phasing it by claim type. That changes how I'd score the training criterion. # speaker: buyer # thought: That's new. That's worth the forty minutes.
+ [Say that sounds like a real worry for her #move: reflect #why: Kind, and accurate. But she has already told you it is a worry: she wants to know what you would do about it.]
    ~ doubts = MIN(doubts + 1, 3)
    That sounds like a real worry. # speaker: seller
    It is. # speaker: buyer # thought: I know it is. That's why I wrote it down.
- -> turn

=== turn ===
{ mapped && doubts <= 1 && repeats == 0:
    ~ phase = 3
}
{ phase == 3:
    Priya closes the brief and puts her pen on top of it.
    I'll be honest. It's between you and one other now. What keeps me awake is the storm-season date. If we go live late, we go live in the middle of a flood of claims. # speaker: buyer # clock: 12 # thought: I think it's them. Now I need to know it won't go wrong. # note: The buyer's questions have just changed from "which" to "what if". Nobody announced it; the closed brief and the talk of going live late are the cue.
- else:
    Priya looks at the clock, then at her notes.
    I still can't quite see what sets you apart from the other two. # speaker: buyer # clock: 12 # thought: Not yet convinced. # note: The buyer is still comparing. What would help her tell the vendors apart?
}
+ [Mention the insurers you took live in under twenty weeks #move: credentials #why: Track record answers "is this partner safe?", which is useful late in the cycle. It talks about other clients rather than her date.]
    We've taken three insurers live in under twenty weeks. # speaker: seller
    Good to know. # speaker: buyer # thought: Others. Not us.
+ [Sum up what you have heard from her so far in this meeting #move: reflect #path: rediscovery #why: A summary shows you listened. It does not answer the question she has just put to you.]
    Let me sum up what I've heard today. # speaker: seller
    She listens, then checks the time. # thought: I know what I said.
+ [Lay out a staged go-live ahead of the storm season #move: address-risk #path: exemplary #why: When risk is what the buyer is weighing, a concrete plan for the risk she named is the most attuned answer there is.]
    Here's how we'd stage it. Keystone link first, tested with Owen's team. Simple claims live six weeks before the storm season. Complex claims after it. # speaker: seller
    { phase == 3:
        So if the date slips, we slip the complex claims, not the whole thing. # speaker: buyer # thought: That's a plan I can defend.
    - else:
        That's sensible. # speaker: buyer # thought: Sensible. Still weighing it up.
    }
- -> signoff

=== signoff ===
If we went ahead, I'd want to move quickly. # speaker: buyer # clock: 7 # note: The seller came with a question about who signs. The buyer has just opened the door to it.
+ [Say there is no rush and she should take the time she needs #move: defer-topic #path: rediscovery #why: It sounds considerate, but it steps away from the door she opened. Late in the cycle, deferring reads as evasive.]
    There's no rush. Take the time you need. # speaker: seller
    We don't have time. That's the whole point. # speaker: buyer # thought: Did they hear anything about the storm season?
+ [Ask who else has to sign before a contract can be agreed #move: hard-question #covers: sign-off #path: exemplary #why: Ask what you came to ask. Knowing who signs turns a buyer's wish to move quickly into a plan that can actually move.]
    Then who else has to sign before a contract can be agreed? # speaker: seller
    Me, Owen on the technical side, and the finance director for anything over budget. # speaker: buyer # thought: Good. They're thinking about how this actually gets done.
+ [Offer a discount if she can decide within the month #move: price #why: She has not mentioned price. A discount offered unasked makes a careful buyer wonder what is wrong with the product.]
    ~ doubts = MIN(doubts + 1, 3)
    If you can decide this month, I can take ten percent off. # speaker: seller
    I haven't asked for a discount. # speaker: buyer # thought: Why cut the price? What's wrong with it?
- -> close

=== close ===
{ repeats >= 2: Priya has already started gathering her papers. | Owen glances at you, then at the clock. }
We're nearly out of time. # speaker: buyer # clock: 2 # note: The outcome is decided here. An advance needs a concrete next step the buyer agrees to, and one she helped shape is stronger than one handed to her.
+ [Propose a two-week evaluation plan for her to edit #move: next-step #covers: eval-plan #path: exemplary #why: A concrete plan turns the meeting into an advance; leaving the blanks for her own measures makes it her plan, not yours.]
    ~ proposed = true
    Here's a two-week evaluation plan on one page. Keystone test with Owen's team in week one, ten adjusters on live claims in week two. The success measures are blank: they should be yours. # speaker: seller
+ [Offer to send a written summary of everything you heard #move: listen #path: rediscovery #why: A summary is courteous, but it is not a step forward. She is deciding between vendors, and this one has not asked to be tested.]
    I'll send you a written summary of everything I heard today. # speaker: seller
+ [Ask whether she is ready to go ahead today #move: next-step #why: A step forward, but one she cannot take in a meeting: she has a process and two other people who sign.]
    Are you in a position to go ahead today? # speaker: seller
- -> ending

=== ending ===
{
- repeats >= 2 || doubts >= 3:
    -> no_sale
- proposed && mapped && doubts <= 1:
    -> advance
- else:
    -> continuation
}

=== advance ===
Priya takes the page and reads it twice. She crosses out "ten adjusters" and writes "twenty". # clock: 0
Twenty, not ten, or it won't tell me anything. The rest, yes. I'll send it back with my measures by Friday. # speaker: buyer # thought: This one I can score, and defend.
In the lift lobby, Owen catches up with you. # scene: corridor
She never edits anything she isn't going to use. # speaker: sponsor
You leave with an evaluation plan that she has already started to write herself. # outcome: advance
-> END

=== continuation ===
{
- proposed:
    Send it over, along with a note on how you'd meet each of the four criteria. We'll be in touch. # speaker: buyer # thought: There's a plan. I'm just not sure it fits my criteria.
- else:
    Thank you. We'll let all three vendors know by the end of the month. # speaker: buyer # thought: Nothing wrong with it. Nothing that stood out either.
}
In the lift lobby, Owen shakes your hand. # scene: corridor
It's still open. I just can't tell you which way it's leaning. # speaker: sponsor
You leave without an agreed next step. # outcome: continuation
-> END

=== no_sale ===
{ repeats >= 2:
    Thanks for your time. # speaker: buyer # thought: The other two came ready. This one wanted to start over.
- else:
    Thanks for your time. # speaker: buyer # thought: I can't tell whether they were listening to what we need.
}
In the lift lobby, Owen is apologetic. # scene: corridor
{ repeats >= 2:
    She spent a month writing that brief. She asked me afterwards whether you'd been sent it. # speaker: sponsor
- else:
    I don't think it's going to be you this time. # speaker: sponsor
}
A week later an email arrives: Larkfield has chosen to go ahead with two other vendors. # outcome: no-sale
-> END
