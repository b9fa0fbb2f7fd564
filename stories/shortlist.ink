# path-name: rediscovery The seller who started discovery from scratch
# title: The Shortlist
# buyer: Priya Anand, Head of Claims at Larkfield Insurance
# sponsor: Owen Blake, Larkfield's IT architect, who put you on the shortlist
# summary: Priya has written a careful brief, scored two other vendors against it, and given you forty minutes. She knows her problem. She wants to see how your platform solves it.
# must: weighting Ask how she will weigh her criteria against each other
# must: sign-off Ask who else has to sign before a contract
# must: eval-plan Put an evaluation plan in front of her that she can edit

// Priya starts in Phase II: her needs are written down in the brief, and she is comparing solutions.
// She moves to Phase III ("it's between you and one other") only when the seller has earned each line of
// her scoring sheet (gap stays 0): heard what sank the last integration, let her say what a fix is worth,
// shown Keystone first and the platform against her criteria, and answered her training worry. Anything she already wrote
// down and is asked again counts against the seller. Each beat is visited once; its choices rejoin.
//   repeats    times the seller asked for something already written in the brief (capped at 2)
//   doubts     slips that make her doubt the seller: repeats, overriding Owen, an unasked discount (capped at 3)
//   late       minutes were spent on the seller's agenda, which squeezes out the question of who signs
//   checked    the seller read her criteria back, so she named what sank the last project (read once)
//   weighed    the seller knows how she breaks a tie between her criteria (read in the demo)
//   gap        the first line of her scoring sheet the seller missed, in meeting order (0: none missed);
//              keeping only the first keeps the story small to explore, and it is the doubt she voices
//   keystone   the demo started with the Keystone connector, as Owen asked
//   mapped     the platform was shown against her criteria
//              (a miss at either is also recorded in gap, so both are forgotten once the demo is over)
//   staged     a go-live plan that clears the storm season
//   signers    the seller knows who signs
//   proposed   an evaluation plan she can edit is on the table
CONST HISTORY = 1
CONST PAYOFF = 2
CONST KEYSTONE = 3
CONST CRITERIA = 4
CONST TRAINING = 5
VAR phase = 2
VAR sponsor = 3
VAR repeats = 0
VAR doubts = 0
VAR late = 0
VAR checked = false
VAR weighed = false
VAR gap = 0
VAR keystone = false
VAR mapped = false
VAR staged = false
VAR signers = false
VAR proposed = false

-> opening

=== opening ===
Larkfield Insurance, a meeting room on the third floor. A copy of the brief lies in front of Priya Anand, its margins full of her handwriting. # scene: boardroom # clock: 40 # present: buyer sponsor
Owen Blake, the architect who put you on the shortlist, sits beside her with a laptop.
Thanks for coming in. You've had the brief: three vendors, four criteria, and a decision by the end of the month. Where would you like to start? # speaker: buyer # note: The buyer has done her Phase I thinking and written it down. Which opening shows that you have read it?
+ [Open with a short overview of your company and clients #move: credentials #why: An overview answers a question she has not asked. It does no harm in Phase II, but it spends five of her forty minutes on you, and those minutes are missed at the end.]
    ~ late = 1
    Let me start with a quick overview of who we are and who we work with. # speaker: seller
    Priya lets you through four slides, then turns the brief face up again. # clock: 35 # thought: Everyone starts with the logo slide. That's five minutes I wanted for questions.
+ [Read her four criteria back, and check they still stand #move: reflect #path: exemplary #why: Playing her criteria back in her own terms shows you read the brief, and it keeps her framework at the centre of the meeting. It also lets her add what the brief leaves out.]
    ~ checked = true
    I've read the brief. Before I show you anything: are these still the four that decide it? Working with Keystone, live before the storm season, adjusters trained inside a day, and three-year cost. # speaker: seller
    They are. Integration is the one that has sunk projects here before. # speaker: buyer # thought: Good. They've read it, and they're using my words.
+ [Ask her to take you through the problem from the beginning #move: open-probe #align: -1 #attune: -1 #path: rediscovery #why: A sound question in Phase I. Here the answer is already written down, so asking again tells her the brief went unread. The rubric's Phase II value is for fresh discovery; a question the brief has answered lags behind her, so it is overridden here.]
    ~ repeats = MIN(repeats + 1, 2)
    ~ doubts = MIN(doubts + 1, 3)
    Before anything else, could you take me through the problem from the beginning? # speaker: seller
    Priya turns the brief round and slides it across the table to you, open at section two. # mood: guarded # thought: Did they read it at all?
    Owen looks down at his laptop.
- -> history

=== history ===
{ checked:
    Owen looks up from his laptop at the word "sunk".
- else:
    Owen taps the integration page of the brief.
    That's the criterion that has sunk projects here before. # speaker: sponsor
}
Priya says nothing more about it. # clock: 33 # note: Something sank an earlier project, and it is not in the brief. A Phase II buyer still has a story worth hearing where her written needs stop.
+ [Offer a penalty clause in case the integration runs late #move: address-risk #why: A safeguard for a risk you have not yet understood. She does not know yet whether your connector would fail the way the last one did, and neither do you.]
    ~ miss(HISTORY)
    If it helps, we'd accept a penalty clause on the integration date. # speaker: seller
    She writes "penalty?" in the margin and moves on. # thought: A penalty doesn't give me back a year.
+ [Say your Keystone connector is already live at three insurers #move: pitch #why: A fair claim for a Phase II buyer, but it answers "does it exist?" when the word "sunk" was an invitation to ask what went wrong.]
    ~ miss(HISTORY)
    Our Keystone connector is already live at three insurers. # speaker: seller
    Priya writes "3 insurers" and nothing else. # thought: So was the last one.
+ [Ask what happened on the integration project that failed #move: open-probe #path: exemplary #path: rediscovery #why: The brief says what she needs; it does not say why the last attempt failed. Asking about what is not written down is the discovery a Phase II buyer still welcomes.]
    What happened on the project that failed? # speaker: seller
    Priya and Owen exchange a look.
    Four years ago. The connector synced with Keystone overnight, in batches. By nine each morning the adjusters had stopped trusting the screen and were re-keying everything again. # speaker: buyer
    It isn't in the brief. I didn't want it to be the first thing vendors read. # speaker: buyer # thought: They heard the word. The other two didn't.
- -> weighting

=== weighting ===
~ checked = false
The other two vendors presented last week. Both had very polished demos. # speaker: buyer # clock: 30 # note: She has told you there is a comparison and that polish did not settle it. What would you need to know to be compared fairly?
+ [Find out how she will weigh the four if vendors are close #move: open-probe #covers: weighting #path: exemplary #why: Ask what you came to ask. Knowing how she breaks a tie tells you where to spend the rest of the meeting, and it is not written anywhere in the brief.]
    ~ weighed = true
    If two of you come out close, how will you weigh the four against each other? # speaker: seller
    Integration first, then the storm-season date. Cost matters, but not as much as another failed rollout. # speaker: buyer # thought: Nobody else asked me that. Useful for me too.
+ [Tell her where you tend to win against vendors like those two #move: credentials #why: Comparing yourself with absent rivals is about you. She has her own yardstick and has not shared it yet, and the chance to ask for it passes.]
    We usually win on integration. Most platforms in this space treat it as an afterthought. # speaker: seller
    Perhaps. # speaker: buyer # thought: They all said something like that.
+ [Wait, and let her say more about the other two demos #move: listen #path: rediscovery #why: A patient silence, but she will not do your competitive research for you. The question of how she weighs her criteria goes unasked.]
    You nod and wait for her to go on.
    Priya turns a page of the brief and waits too. # thought: I'm not going to tell them what the others showed.
- -> payoff

=== payoff ===
Right now a simple claim takes nine days. Most of that is adjusters copying data from one screen to another. # speaker: buyer # clock: 27 # note: The problem is known and agreed. Phase II is where the buyer states, in her own words, what solving it would be worth.
+ [Ask what the nine-day wait is costing the business #move: implication #align: -1 #attune: -1 #path: rediscovery #why: She wrote the cost down in her brief. In Phase I this question builds the need; here she has built it already, and asking again says the table went unread. The rubric's Phase II value is overridden for a question the brief has answered.]
    ~ repeats = MIN(repeats + 1, 2)
    ~ doubts = MIN(doubts + 1, 3)
    ~ miss(PAYOFF)
    What is the nine-day wait costing the business? # speaker: seller
    Priya opens the brief at page four and turns it towards you: a table of costs, in her handwriting. # mood: guarded # thought: Another answer that's already in the brief.
+ [Say you can bring simple claims down to a single day #move: pitch #why: A fair claim for a Phase II buyer, but it is your number, not hers. She has heard three versions of it already, and she still has no sentence of her own for the board.]
    ~ miss(PAYOFF)
    We can bring simple claims down to a day. # speaker: seller
    She writes "1 day" in the margin, with a question mark after it. # thought: Everyone says that. None of them showed me how.
+ [Ask what same-day simple claims would be worth to her team #move: need-payoff #path: exemplary #why: A need-payoff question lets her state the value in her own words, which is the case she will have to make upstairs.]
    If simple claims closed the same day, what would that be worth to you and the team? # speaker: seller
    She thinks for a moment.
    A third of my adjusters back on the complex claims. And our renewal rate would stop sliding. # speaker: buyer # thought: That's the sentence I need for the board.
- -> sponsor_cue

=== sponsor_cue ===
{ repeats >= 2: Priya glances at the clock on the wall. }
Owen turns his laptop towards you.
Can you start with the Keystone connector? That's where the other two went vague. # speaker: sponsor # note: The sponsor knows where the buyer's doubts are. Does the seller's prepared running order matter more than that?
+ [Keep to the running order of the demo you prepared #move: override-sponsor #why: The demo's order suits the seller. The sponsor has just said where the buyer's doubt lies, and it is not on slide one.]
    ~ doubts = MIN(doubts + 1, 3)
    ~ miss(KEYSTONE)
    I'll get to Keystone. Let me take you through it in order first. # speaker: seller
    Owen closes the laptop.
    Priya watches him do it. # thought: Owen asked for one thing.
+ [Open the demo with the Keystone connector, as Owen asks #move: follow-sponsor #path: exemplary #why: The sponsor knows where the buyer's doubts lie. Starting there answers the criterion she ranks first.]
    ~ keystone = true
    Happy to. Keystone first. # speaker: seller
    Owen gives you a small nod.
    { gap != HISTORY:
        You enter a claim in Keystone. Four seconds later it is on the platform's screen.
        No overnight batch. The adjuster sees what Keystone sees, as it happens. # speaker: seller
        Priya leans in to see the screen. # thought: Live. Not overnight. That's the thing that sank us.
    - else:
        You enter a claim in Keystone, and a few seconds later it appears on the platform's screen.
        And there it is. # speaker: seller
        Priya leans in, then writes something in the margin. # thought: It looks fine. So did the last one, in the demo.
    }
+ [Ask to understand their set-up better before showing anything #move: defer-topic #align: -1 #attune: -1 #path: rediscovery #why: Postponing what the sponsor asked for, in order to go on asking, looks evasive to both of them: their set-up is in the appendix. The rubric's Phase II value (deferring respects the agenda) is overridden here, because the agenda being put off is the one the sponsor has just set.]
    ~ repeats = MIN(repeats + 1, 2)
    ~ doubts = MIN(doubts + 1, 3)
    ~ miss(KEYSTONE)
    I'd like to understand your set-up a bit better before I show anything. # speaker: seller
    Owen opens the appendix, turns the laptop back, and says nothing. Priya watches him. # thought: Their set-up is in the appendix. We sent it to them.
- -> demo

=== demo ===
{
- keystone: On the screen, the claim from Keystone waits in the adjuster's queue.
- repeats >= 2: We have about twenty minutes left. I'd like to see something. # speaker: buyer
- else: Right. Show me. # speaker: buyer
}
Priya's pen is over the brief, ready to score. # clock: 22 # note: She wants to see the solution now, and she has a scoring sheet. Which way of showing it makes her job easy?
+ [Show the platform against her four criteria, one at a time #move: pitch #path: exemplary #why: Presenting against her criteria, in the order she weighs them, makes the platform easy to score and shows you paid attention to how she decides.]
    ~ mapped = true
    Let me take your four {weighed:in the order you weigh them|in the order of your brief}. {keystone:Keystone you've just seen. The storm-season date next.|Keystone first, then the storm-season date.} # speaker: seller
    She writes a score in the margin, then another. # thought: This is how I wish the other two had done it.
+ [Ask her to describe how a claim moves through the team today #move: open-probe #align: -1 #attune: -1 #path: rediscovery #why: The claim flow is the diagram in her brief. With her pen ready to score, another question instead of a demo leaves her nothing to score. The rubric's Phase II value is overridden here because the question lags behind her.]
    ~ repeats = MIN(repeats + 1, 2)
    ~ doubts = MIN(doubts + 1, 3)
    ~ miss(CRITERIA)
    Could you describe how a claim moves through the team today? # speaker: seller
    Priya puts the pen down and opens the brief at the diagram on page five. # mood: frustrated # thought: I don't have time for this.
+ [Run the standard demo, from the main dashboard onwards #move: pitch #why: What a Phase II buyer wants is a solution, so the move fits. But the standard tour makes her do the work of mapping it to her four criteria, and she scores what she can find.]
    ~ miss(CRITERIA)
    You open the dashboard and take her through it screen by screen. # speaker: seller
    Priya's pen hovers, and comes down only twice. # thought: Nice screens. Where does the storm-season date come in? I'll have to score it myself.
- -> extras

=== extras ===
~ settle()
Owen leans across to Priya. # clock: 17
Get them to show you the fraud scoring as well. That's the bit that sold me. # speaker: sponsor # note: The fraud module is the seller's strongest feature and the sponsor's favourite. It is on none of the buyer's four criteria, and she has seventeen minutes left.
+ [Tell Owen you'll show him your fraud scoring another day #move: defer-topic #path: exemplary #why: Putting your own best feature off respects the buyer's agenda: four criteria and a clock. The sponsor is not overruled; his topic gets its own meeting.]
    Thank you. I'd love to show you fraud scoring, Owen, but not on Priya's time. Can I come back for it another day? # speaker: seller
    Fair enough. # speaker: sponsor
    Priya uncaps her pen again. # thought: Thank you. Back to my four.
+ [Ask Priya whether she wants to see fraud scoring too #move: open-probe #path: rediscovery #why: Politely put, but it hands her a choice she has to make against her own colleague. She says yes to be gracious, and the minutes go.]
    ~ late = 1
    Would you like to see fraud scoring too, while we're here? # speaker: seller
    If it's quick. # speaker: buyer
    It isn't. Priya looks at the clock twice. # clock: 12 # thought: That's on nobody's list but Owen's.
+ [Show the fraud scoring that Owen liked, since it is your best #move: follow-sponsor #why: The sponsor is pleased and the feature is strong. But it is not on her list, and the minutes it takes come out of the end of the meeting.]
    ~ late = 1
    Happy to. Here's how fraud scoring flags a claim. # speaker: seller
    Owen nods along. Priya puts her pen down and looks at the clock. # clock: 12 # thought: That's on nobody's list but Owen's.
- -> adoption

=== adoption ===
~ weighed = false
~ keystone = false
~ mapped = false
~ settle()
My adjusters aren't technical. Half of them still print claims out to read them. # speaker: buyer # note: This is the criterion she is least sure any vendor can meet. A new idea is welcome now: her problem is defined and she is comparing answers.
+ [Say that sounds like a real worry for her and her team #move: reflect #path: rediscovery #why: Kind, and accurate. But she has already told you it is a worry; she wants to know what you would do about it.]
    ~ miss(TRAINING)
    That sounds like a real worry for you and the team. # speaker: seller
    It is. # speaker: buyer
    She waits. Nothing follows. # thought: I know it is. That's why I wrote it down.
+ [Suggest a first month on simple claims only, one screen #move: insight #path: exemplary #why: One fresh angle, offered once her story has been heard, is what a Phase II buyer hopes to get from a vendor. It reframes a criterion instead of just promising to meet it.]
    One idea: route only the simple claims through it for the first month. Adjusters learn one screen, not twelve. The one-day target becomes half a day. # speaker: seller
    She writes something in the margin and underlines it.
    Nobody suggested phasing it by claim type. That changes how I'd score the training criterion. # speaker: buyer # thought: That's new. That's worth the forty minutes.
+ [Show her the adjuster screen: anyone could learn it in a day #move: pitch #why: A fair demonstration for a Phase II buyer, and the screen is simple. But every vendor has said "easy to learn"; she is asking how her people, who print claims out, would get there.]
    ~ miss(TRAINING)
    Here's what an adjuster sees. Honestly, anyone could learn this in a day. # speaker: seller
    Priya looks at the screen for a long moment. # thought: Anyone who doesn't print their claims out.
- -> turn

=== turn ===
~ settle()
{ gap == 0 && doubts == 0:
    ~ phase = 3
}
{ phase == 3:
    Priya closes the brief and puts her pen on top of it.
    I'll be honest. It's between you and one other now. What keeps me awake is the storm-season date. If we go live late, we go live in the middle of a flood of claims. # speaker: buyer # clock: 12 # thought: I think it's them. Now I need to know it won't go wrong. # note: The buyer's questions have just changed from "which" to "what if". Nobody announced it; the closed brief and the talk of going live late are the cue.
- else:
    Priya looks at the clock, then at her notes. # clock: 12
    { 
    - gap == HISTORY: I still can't see why your connector would do better than the last one did. # speaker: buyer # thought: Not yet convinced. They never asked what went wrong. # note: The buyer is still comparing. Her doubt is the one the seller did not ask about.
    - gap == TRAINING: I still can't picture my adjusters using it. # speaker: buyer # thought: Not yet convinced. Nobody has solved the training criterion. # note: The buyer is still comparing, and one of her four criteria has no answer.
    - gap == PAYOFF: I'll need to write up why any of this is worth it. # speaker: buyer # thought: Not yet convinced. I still don't have my sentence for the board. # note: The buyer is still comparing. She never said, in her words, what a fix would be worth.
    - else: I still can't quite see what sets you apart from the other two. # speaker: buyer # thought: Not yet convinced. I've had to work too hard to score this one. # note: The buyer is still comparing. What would help her tell the vendors apart?
    }
}
~ gap = 0
+ [Sum up everything you have heard from her so far in this meeting #move: reflect #path: rediscovery #why: A summary shows you listened. It does not answer the question she has just put to you, and it takes minutes she does not have.]
    ~ late = 1
    Let me sum up what I've heard today. # speaker: seller
    She listens, then checks the time. # clock: 9 # thought: I know what I said.
+ [Lay out a staged go-live that ends before the storm season #move: address-risk #path: exemplary #why: When risk is what the buyer is weighing, a concrete plan for the risk she named is the most attuned answer there is.]
    ~ staged = true
    Here's how we'd stage it. Keystone link first, tested with Owen's team. Simple claims live six weeks before the storm season. Complex claims after it. # speaker: seller
    { phase == 3:
        So if the date slips, we slip the complex claims, not the whole thing. # speaker: buyer # thought: That's a plan I can defend.
    - else:
        That's sensible. # speaker: buyer # thought: Sensible. Still weighing it up.
    }
+ [Mention the insurers you took live in under twenty weeks #move: credentials #why: Track record answers "is this partner safe?", which is useful late in the cycle. But it talks about other clients rather than her date, and her storm season still has no plan.]
    We've taken three insurers live in under twenty weeks. # speaker: seller
    Good to know. # speaker: buyer
    She writes "20 wks" and looks at the calendar on the wall. # thought: Others. Not us, and not in storm season.
- -> signoff

=== signoff ===
~ settle()
{ late > 0:
    Priya looks at the clock and caps her pen. # clock: 3
    I'm sorry, I have the board at four. # speaker: buyer # thought: Out of time, and we never got to how this would actually happen. # note: The minutes spent on the seller's own agenda are gone: the question of who signs never gets asked.
    -> close
}
If we went ahead, I'd want to move quickly. # speaker: buyer # clock: 7 # note: The seller came with a question about who signs. The buyer has just opened the door to it.
+ [Ask who else has to sign before a contract is agreed #move: hard-question #covers: sign-off #path: exemplary #why: Ask what you came to ask. Knowing who signs turns a buyer's wish to move quickly into a plan that can actually move.]
    ~ signers = true
    Then who else has to sign before a contract can be agreed? # speaker: seller
    Me, Owen on the technical side, and the finance director for anything over budget. # speaker: buyer # thought: Good. They're thinking about how this actually gets done.
+ [Offer ten percent off if she decides before the month is out #move: price #why: She has not mentioned price. A discount offered unasked makes a careful buyer wonder what is wrong with the product.]
    ~ doubts = MIN(doubts + 1, 3)
    If you can decide before the month is out, I can take ten percent off. # speaker: seller
    Priya lets the offer sit on the table and says nothing. # mood: guarded # thought: I haven't asked for a discount. Why cut the price? What's wrong with it?
+ [Tell her there is no rush, and she should take her time #move: defer-topic #path: rediscovery #why: It sounds considerate, but it steps away from the door she opened. Late in the cycle, deferring reads as evasive.]
    There's no rush. Take the time you need. # speaker: seller
    Priya looks at the storm-season date circled on her calendar. # thought: We don't have time. Did they hear anything I said?
- -> close

=== close ===
~ settle()
// Past the turn, with the advance out of reach, the go-live plan and who signs change nothing more.
{ phase == 2 || doubts > 0:
    ~ staged = false
    ~ signers = false
}
{
- late > 0: Priya is on her feet, the brief under her arm.
- repeats >= 2: Priya has already started gathering her papers.
- else: Owen glances at you, then at the clock.
}
{ late > 0: So, what happens now? | We're nearly out of time. } # speaker: buyer # clock: 2 # note: The outcome is decided here. An advance needs a step the buyer commits to, and one she helped shape is stronger than one handed to her.
+ [Offer to send a written summary of everything you heard today #move: defer-topic #path: rediscovery #why: A summary is courteous, but it is not a step forward. She is deciding between vendors, and this one has not asked to be tested.]
    I'll send you a written summary of everything I heard today. # speaker: seller
+ [Ask whether she could go ahead with it today #move: hard-question #why: A brave question, but one she cannot say yes to in a meeting: she has a process and two other people who sign. It leaves her nothing to agree to.]
    Could you go ahead with it today? # speaker: seller
    Not today. There's a process, and it isn't only my signature. # speaker: buyer # thought: They should know how this works by now. What am I meant to say yes to?
+ [Hand her a one-page evaluation plan with the measures left blank #move: next-step #covers: eval-plan #path: exemplary #why: A concrete plan turns the meeting into an advance; leaving the blanks for her own measures makes it her plan, not yours.]
    ~ proposed = true
    Here's a two-week evaluation plan on one page. Keystone test with Owen's team in week one, ten adjusters on live claims in week two. The success measures are blank: they should be yours. # speaker: seller
- -> ending

// Once she is sure to say no (two answers asked for again, or three doubts), which line she missed no longer
// changes anything she says after the demo: forgetting it keeps the story small to explore.
=== function settle() ===
{ repeats >= 2 || doubts >= 3:
    ~ doubts = 3
    ~ gap = 0
}

=== function miss(line) ===
// Records the first line of her scoring sheet that the seller missed.
{ gap == 0:
    ~ gap = line
}

=== ending ===
{
- repeats >= 2 || doubts >= 3:
    -> no_sale
- phase == 3 && staged && proposed && doubts == 0:
    -> advance
- else:
    -> continuation
}

=== advance ===
Priya takes the page and reads it twice. She crosses out "ten adjusters" and writes "twenty". # clock: 0
Twenty, not ten, or it won't tell me anything. I'll fill in the measures and send it back by Friday, and I'll book the adjusters for week two. # speaker: buyer # thought: This one I can score, and defend.
{ signers:
    And I'll put the finance director on the week-two review. # speaker: buyer
}
In the lift lobby, Owen catches up with you. # scene: lift-lobby # present: sponsor
She never edits anything she isn't going to use. # speaker: sponsor
{ not signers:
    You'll need the finance director before anything's signed, by the way. Nobody asked her about that. # speaker: sponsor
}
You leave with a trial booked: Priya's measures by Friday, her adjusters on live claims in week two. # outcome: advance
-> END

=== continuation ===
{
- proposed && phase == 3 && doubts > 0:
    Priya reads the page and puts it under the brief. # clock: 0
    Send me the plan, and a price that won't move. We'll be in touch. # speaker: buyer # thought: Ten percent off that nobody asked for. What are they worried about?
- proposed && phase == 3:
    Priya reads the page and puts it under the brief. # clock: 0
    Send me a note on the storm season as well, and we'll see. # speaker: buyer # thought: There's a plan for the trial. There's no plan for going live.
- proposed:
    Priya reads the page and puts it under the brief. # clock: 0
    Thank you. We'll let all three vendors know by the end of the month. # speaker: buyer # thought: A trial of what, though? I'm still not sure it's them.
- else:
    Thank you. We'll let all three vendors know by the end of the month. # speaker: buyer # clock: 0 # thought: Nothing wrong with it. Nothing to agree to either.
}
In the lift lobby, Owen shakes your hand. # scene: lift-lobby # present: sponsor
{ sponsor <= 1:
    It's still open. Though I'd have started with Keystone. # speaker: sponsor
- else:
    It's still open. I just can't tell you which way it's leaning. # speaker: sponsor
}
You leave without an agreed next step. # outcome: continuation
-> END

=== no_sale ===
{ repeats >= 2:
    Thanks for your time. # speaker: buyer # mood: guarded # thought: The other two came ready. This one wanted to start over.
- else:
    Thanks for your time. # speaker: buyer # mood: guarded # thought: I can't tell whether they were listening to what we need.
}
In the lift lobby, Owen is apologetic. # scene: lift-lobby # present: sponsor
{ repeats >= 2:
    She spent a month writing that brief. She asked me afterwards whether you'd been sent it. # speaker: sponsor
- else:
    I don't think it's going to be you this time. # speaker: sponsor
}
A week later an email arrives: Larkfield has chosen to go ahead with two other vendors. # outcome: no-sale
-> END
