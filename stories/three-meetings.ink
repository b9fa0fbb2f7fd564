# title: Three Meetings
# buyer: Elena Varga, Director of Outpatient Services at St Aldric's Hospital
# sponsor: Graham Holt, a consultant physician who used your system at his last hospital
# summary: Three meetings over two months with the same buyer. Between meetings her thinking moves on, and so does the mood of the doctor who introduced you. What worked last time may not work this time.
# must: criteria Ask how she will judge the options against each other
# must: blocker Ask what could still stop her recommending you

// Elena moves from Phase I (meeting one) to Phase II (meeting two) to Phase III (meeting three).
// The phase changes at the start of each meeting whatever the seller did: the buyer's thinking moves
// on without them. Each beat is visited once; all of its choices rejoin at the next beat.
//   credit     what the seller has given her that fits where she is (0-8): a next step at the end
//              of each meeting, the value, the solution and a new idea in meeting two, and two
//              answers to her risks in meeting three. Only active moves earn it. In meetings one
//              and two a move that pushes against her costs a point of credit already earned.
//   pushes     moves in meeting three that push against her worry about risk (capped at 3)
VAR phase = 1
VAR credit = 0
VAR pushes = 0

-> m1_intro

=== m1_intro ===
Meeting one. Elena Varga's office at St Aldric's, between two clinics. # scene: office # clock: 30
Graham Holt brings you in, all smiles.
Elena, this is the person I told you about. I'll leave you two to it. # speaker: sponsor
He winks at you on his way out.
Graham says you sorted this out at his last hospital. I'm honestly not sure yet what "this" is for us. # speaker: buyer # note: Meeting one. Read the cue: she says she does not yet know what her problem is. What does that ask of the seller?
+ [Explain how your reminders cut missed appointments at Graham's hospital #move: pitch #why: A solution offered before she has worked out her problem answers someone else's question, however well it worked there.]
    ~ credit = MAX(credit - 1, 0)
    At Graham's hospital our reminders cut missed appointments by a third in six months. # speaker: seller
    Good for them. I'm not sure reminders are our problem. # speaker: buyer # thought: Graham's answer, brought to my question.
+ [Ask her what she is seeing in the clinics #move: open-probe #path: exemplary #why: She has just said she is still working out the problem. An open question lets her do that out loud.]
    What are you seeing in the clinics? # speaker: seller
    One in eight outpatients doesn't turn up. So the consultants overbook, and then the clinics overrun. # speaker: buyer # thought: Good. Let's start from what's actually happening.
+ [Let her set out the situation in her own way #move: listen #path: stuck-listening #why: Right for meeting one: she is still defining the problem and wants to be heard.]
    You settle back and let her begin.
    One in eight outpatients doesn't turn up. So the consultants overbook, and then the clinics overrun. # speaker: buyer # thought: I'm being allowed to talk. Good.
- -> m1_pattern

=== m1_pattern ===
The odd thing is who misses. A lot of them are patients we booked at short notice, to fill gaps. # speaker: buyer # clock: 24 # note: She has just noticed something nobody has put into words. Does the seller help her see it, or supply an answer?
+ [Tell her that missed appointments almost always come down to reminders #move: insight #why: A confident diagnosis, given before she has finished thinking. It closes the very question she just opened.]
    ~ credit = MAX(credit - 1, 0)
    In my experience it almost always comes down to reminders. # speaker: seller
    Maybe. It doesn't feel like that here. # speaker: buyer # thought: They're not listening to the odd bit.
+ [Mention the twenty hospitals you have worked with on this #move: credentials #why: Early on, your experience sounds like a lecture. She wants to think, not to be impressed.]
    ~ credit = MAX(credit - 1, 0)
    We've seen this in twenty hospitals. There's usually a pattern. # speaker: seller
    I'm sure. # speaker: buyer # thought: This is about them, not us.
+ [Say back that the misses may come from how slots are filled #move: reflect #path: exemplary #path: stuck-listening #why: Putting her half-formed observation into words shows you followed her thinking, and helps her take the next step.]
    So the misses might come from how the gaps are filled, not from people forgetting. # speaker: seller
    She stops.
    Yes. That's it. I hadn't put it like that. # speaker: buyer # thought: They heard the odd bit.
- -> m1_cost

=== m1_cost ===
The consultants are fed up. Every overbooked clinic runs an hour late. # speaker: buyer # clock: 16 # note: The problem is becoming clear. Helping her put a size on it turns a nuisance into a need.
+ [Ask what the overbooking costs the clinics #move: implication #path: exemplary #why: An implication question lets her size the problem in her own terms, and gives her the number she will need later.]
    What does the overbooking cost you, in the clinics and on the waiting list? # speaker: seller
    She works it out on the back of an envelope.
    About four hundred lost appointments a month. And the list grows by the same. # speaker: buyer # thought: That's a number I can take upstairs.
+ [Say the system would pay for itself within a year #move: price #why: A payback claim before she has agreed there is anything to pay for. Money talk this early is the classic misalignment.]
    ~ credit = MAX(credit - 1, 0)
    Our system would pay for itself inside a year. # speaker: seller
    We haven't talked about any system. # speaker: buyer # thought: Too soon.
+ [Nod, and let her carry on in her own words #move: listen #path: stuck-listening #why: Attentive, and still in step with her. But the size of the problem goes unasked.]
    You nod.
    It's wearing everyone down. # speaker: buyer # thought: A good listener, I'll give them that.
- -> m1_close

=== m1_close ===
I've got a clinic in five minutes. This helped me think. # speaker: buyer # clock: 5 # note: The meeting ends either with an agreed step or with good feeling. Only one of those is an advance.
+ [Thank her and say you are there whenever she wants to talk #move: listen #path: stuck-listening #why: Warm and patient, but it leaves the next move to a very busy person.]
    Thank you. I'm here whenever you'd like to talk again. # speaker: seller
    Thanks. # speaker: buyer # thought: Nice. I'll see.
+ [Leave her a brochure and a login to your demo system #move: pitch #why: A brochure tells her the seller has already decided what she needs.]
    ~ credit = MAX(credit - 1, 0)
    Let me leave you a brochure and a login to our demo system. # speaker: seller
    She puts the brochure on a pile of others. # thought: Another brochure.
+ [Propose meeting again once she has the data #move: next-step #path: exemplary #why: A concrete step tied to her own discovery: she will bring the data, you will come back when there is something to look at.]
    ~ credit += 1
    Could we meet again once you've looked at the short-notice bookings? Then we'd both know what we're solving. # speaker: seller
    Yes. Three weeks. I'll get the data pulled. # speaker: buyer # thought: They want to see what I find before selling me anything.
- -> m2_intro

=== m2_intro ===
~ phase = 2
Meeting two, three weeks later. A meeting room with a projector. # scene: boardroom # clock: 45
Graham comes in late, phone in hand, and sits at the far end.
{ credit >= 1: Elena has brought the data, as she promised. | Elena has a folder of printouts. }
I looked at it. Short-notice bookings are missed three times as often as the rest. So I need a way to fill gaps better, not just remind people better. I'm seeing two other suppliers this month. # speaker: buyer # thought: Right. Show me what you'd do. # note: Meeting two. Read the cue afresh: she has named her problem and is comparing suppliers. Listening served her in meeting one. What does she want now?
+ [Ask what halving the short-notice misses would mean for her #move: need-payoff #path: exemplary #why: She has defined the need. A need-payoff question lets her state its value in her own words, which is what she will compare suppliers against.]
    ~ credit += 1
    If you halved the misses on short-notice bookings, what would that mean for you? # speaker: seller
    Two hundred patients a month seen who otherwise wouldn't be. And consultants who stop overbooking. # speaker: buyer # thought: Yes. That's the prize.
+ [Ask her to walk you through how the bookings are made today #move: open-probe #why: A good question for meeting one. Now it asks her to repeat what she has worked out, while she is waiting to see answers.]
    How are the bookings made today? # speaker: seller
    She explains, a little shortly. # thought: We covered this. I want to see something.
+ [Let her keep talking through what she found #move: listen #path: stuck-listening #why: Listening was right three weeks ago. Now she has finished her story and is waiting for the seller's half of the conversation.]
    You nod and wait for her to go on.
    She waits too, then turns a page. # mood: open # thought: Are they going to say anything?
- -> m2_criteria

=== m2_criteria ===
Three suppliers. One budget line. # speaker: buyer # clock: 38 # note: She is comparing options. What would the seller need to know to be compared fairly?
+ [Say that three suppliers must be a lot to weigh up #move: reflect #path: stuck-listening #why: Kind, but she has not asked for sympathy. In Phase II, a run of passive moves leaves her doing all the work.]
    That must be a lot to weigh up. # speaker: seller
    It's my job. # speaker: buyer # mood: guarded # thought: I know it is.
+ [Tell her why you are stronger than the other two #move: credentials #why: Comparing yourself with absent rivals talks about you. She has her own yardstick, and you have not asked for it.]
    We're stronger than the other two where it counts: booking rules. # speaker: seller
    We'll see. # speaker: buyer # thought: They all say that.
+ [Ask how she will judge the three options against each other #move: hard-question #covers: criteria #path: exemplary #why: Ask what you came to ask. Her criteria tell you what to show in the time left.]
    How will you judge the three against each other? # speaker: seller
    Whether it fills short-notice gaps with people who will actually come. Then cost. Then how much the clinic staff hate it. # speaker: buyer # thought: Good question. I should write that down for the others.
- -> m2_show

=== m2_show ===
Graham looks up from his phone for the first time.
Show her the booking rules. That's what made the difference for us. # speaker: sponsor # clock: 30 # note: The sponsor is cooler than in meeting one, but his advice is still good. Does the seller show the solution, and show it against what she needs?
+ [Wait until she asks you what you would do here #move: listen #path: stuck-listening #why: She has given every cue that she wants to see options. Waiting to be asked leaves her to assume there is nothing to show.]
    You wait for her to ask.
    Graham catches your eye and frowns.
    Elena checks the time. # thought: They came without anything to show me.
+ [Show how your booking rules fill short-notice slots #move: pitch #path: exemplary #why: Presenting the solution against the need she named is what a Phase II buyer wants. It is also what the sponsor suggested.]
    ~ credit += 1
    Here's how it works. When a slot opens at short notice, it goes first to patients who've said they can come at short notice, and who live nearby. # speaker: seller
    She leans towards the screen.
    So the gaps go to people who can actually make it. # speaker: buyer # thought: That's my problem, on a screen.
    Graham nods and puts his phone away.
+ [Give her your price per clinic so she can compare #move: price #why: Cost is her second criterion, but price before she has seen the solution leaves her nothing to weigh it against.]
    It's four hundred a month per clinic, all in. # speaker: seller
    Noted. And what do I get for that? # speaker: buyer # thought: Price before product.
- -> m2_angle

=== m2_angle ===
The other two offered more reminder channels. Texts, an app, phone calls. # speaker: buyer # clock: 20 # note: She has just told you how the competitors are pitching. A new angle is welcome in Phase II; the question is whether it fits her problem.
+ [Suggest offering open slots to the waiting list first #move: insight #path: exemplary #why: A new idea that builds on her own finding: it turns the short-notice gaps she worried about into a way to shorten her waiting list.]
    ~ credit += 1
    One idea: don't just fill the gaps. Offer them first to people on the waiting list who live nearby. Every short-notice gap becomes a chance to shorten the list. # speaker: seller
    She writes it down.
    Nobody has put the two problems together. # speaker: buyer # thought: That's new. That's what I'd pay for.
+ [Say you also offer more reminder channels than either of them #move: pitch #why: Matching the competitors feature for feature is a Phase II move, but reminders are not what she found her problem to be.]
    We have more reminder channels than either of them. # speaker: seller
    I'm sure. # speaker: buyer # thought: Back to reminders.
+ [Say it sounds as if she is being pulled in different directions #move: reflect #path: stuck-listening #why: Accurate, but she wants to know how to choose, not to be told she is being pulled.]
    It sounds like you're being pulled in different directions. # speaker: seller
    I suppose. # speaker: buyer # mood: guarded # thought: I need an answer, not a mirror.
- -> m2_close

=== m2_close ===
I'm taking one or two options to the board next month. # speaker: buyer # clock: 5 # note: The decision is coming. What step would strengthen her case before the board?
+ [Offer a discount if she takes only you to the board #move: price #why: A discount for exclusivity is pressure, and it puts a price on her board's trust in her.]
    ~ credit = MAX(credit - 1, 0)
    If it's only us you take forward, I can sharpen the price. # speaker: seller
    I'll take forward whoever I think is right. # speaker: buyer # thought: That's not how this works.
+ [Say you will wait to hear how the board goes #move: listen #path: stuck-listening #why: Polite, and it leaves her to build the case alone. In Phase II a passive seller is one she can forget.]
    I'll wait to hear how the board goes. # speaker: seller
    Fine. # speaker: buyer # mood: guarded # thought: No help making the case, then.
    On the way out Graham falls into step with you.
    You were very quiet in there. # speaker: sponsor
+ [Propose testing the rules on two clinics' data first #move: next-step #path: exemplary #why: A concrete step that gives her evidence for her own board paper. It moves the sale forward and helps her at the same time.]
    ~ credit += 1
    Let's run the booking rules over two clinics' real data before the board meets. You'd walk in with your own numbers. # speaker: seller
    Yes. Do that. # speaker: buyer # thought: My numbers, not their slides.
- -> m3_corridor

=== m3_corridor ===
~ phase = 3
Meeting three, five weeks later. Graham is waiting for you outside Elena's office, and he is not smiling. # scene: corridor # clock: 20
The board asked me whether I'd stake my name on this. I said yes. # speaker: sponsor
{ credit >= 3: She likes your approach. It's between you and one other now. | It's between you and one other, and I can't tell you which way she's leaning. } She's worried about the go-live, not the software. Don't sell her anything new. # speaker: sponsor # note: The sponsor's mood has changed: he has put his name to this. His advice describes a buyer who now weighs risk.
+ [Ask him what the board is most worried about #move: follow-sponsor #path: exemplary #why: The sponsor knows what the board asked. Asking him before the meeting means the seller walks in with the buyer's real question.]
    What is the board most worried about? # speaker: seller
    The last outpatient IT project. It went live late and the clinics were chaos for a month. # speaker: sponsor
    Graham relaxes a little.
+ [Say you will show her the new analytics module anyway #move: override-sponsor #path: stuck-listening #why: The sponsor has said what the buyer is worried about and asked for exactly this not to happen. Overriding him now costs you your ally and misreads her.]
    ~ pushes = MIN(pushes + 1, 3)
    I think she'll love the new analytics module. I'll show her that. # speaker: seller
    Graham looks at you for a long moment.
    Then you're on your own in there. # speaker: sponsor
+ [Nod, and knock on Elena's door without a word #move: listen #why: Agreeable, but it spends the sponsor's knowledge without using it.]
    You nod and knock on Elena's door.
- -> m3_open

=== m3_open ===
Elena's office. The waiting list figures are pinned to the wall behind her. # scene: office
{ credit >= 3: The board likes your approach. | The board wants to see both suppliers again. } But the last outpatient system went live late, and the clinics were chaos for a month. I'm not going through that again. # speaker: buyer # clock: 18 # note: Meeting three. Read the cue afresh: she has a favourite, and her question is what could go wrong. Solutions that were welcome last time may not be now.
+ [Show her the new analytics module the board will like #move: pitch #path: stuck-listening #why: A new feature answers a question she has stopped asking. She has just said her concern is the go-live.]
    ~ pushes = MIN(pushes + 1, 3)
    Let me show you something new first: the analytics module. The board will love it. # speaker: seller
    I'm sure they would. That isn't what I asked about. # speaker: buyer # mood: guarded # thought: Still selling. I'm past that.
+ [Ask what could still stop her recommending you #move: hard-question #covers: blocker #path: exemplary #why: Ask what you came to ask. Late in the cycle, the buyer's remaining objection is the most useful thing you can learn.]
    What could still stop you recommending us? # speaker: seller
    She thinks about it honestly.
    Not the software. Whether my people can live through another go-live. # speaker: buyer # thought: Good. Let's have it out.
+ [Ask what it will cost her if the waiting list grows another year #move: implication #why: In meeting one this built the need. Now it reads as pressure on a buyer who is already convinced of the need.]
    ~ pushes = MIN(pushes + 1, 3)
    What does it cost you if the waiting list grows for another year? # speaker: seller
    I know what it costs. That's not the question. # speaker: buyer # mood: guarded # thought: Trying to scare me into it.
- -> m3_staff

=== m3_staff ===
Clinic staff have seen too many new systems. Half the receptionists still keep a paper diary, just in case. # speaker: buyer # clock: 12 # note: She has named a specific risk. A Phase III answer is concrete and fits her risk, not the product.
+ [Reassure her the screens are very easy to learn #move: pitch #path: stuck-listening #why: "Easy to learn" is a product claim. She described people who have been let down before, and a claim will not move them.]
    ~ pushes = MIN(pushes + 1, 3)
    Honestly, the screens are very easy to learn. # speaker: seller
    They all say that. # speaker: buyer # mood: guarded # thought: Every supplier says that.
+ [Propose going one clinic at a time, trainer on site #move: address-risk #path: exemplary #why: A concrete, phased plan for the exact risk she named: one clinic at a time, and a person on the floor.]
    ~ credit += 1
    Then we go one clinic at a time, and our trainer sits with the receptionists for the whole first week. The paper diary can stay until they don't need it. # speaker: seller
    She almost laughs.
    The paper diary can stay. They'll like that. # speaker: buyer # thought: They've thought about my people, not their screens.
+ [Offer to include all the training at no extra cost #move: price #why: Free training answers a budget worry she does not have. Her receptionists do not need it cheaper; they need it to feel safe.]
    ~ pushes = MIN(pushes + 1, 3)
    We'll include all the training at no extra cost. # speaker: seller
    It isn't the cost of the training that worries me. # speaker: buyer # mood: guarded # thought: Putting a price on the fear.
- -> m3_proof

=== m3_proof ===
And how do I know you'll still be around, and still answering the phone, in year three? # speaker: buyer # clock: 8 # note: She is asking whether this partner is safe over time. What could she check for herself?
+ [Ask what it will cost her to wait another year for a decision #move: implication #path: stuck-listening #why: Pressure in place of proof. She asked for reassurance and heard a warning.]
    ~ pushes = MIN(pushes + 1, 3)
    What will it cost you to wait another year? # speaker: seller
    That's not what I asked. # speaker: buyer # mood: frustrated # thought: They can't answer it.
+ [Tell her about your roadmap for the next three years #move: pitch #why: A roadmap is a promise about the product. She asked whether the company will still be there for her.]
    Our roadmap for the next three years is very ambitious. # speaker: seller
    Ambitious isn't what I need. # speaker: buyer # thought: More features.
+ [Offer a call with a hospital four years into using it #move: address-risk #path: exemplary #why: A peer four years in can answer the question she actually asked, in her language, without the seller in the room.]
    ~ credit += 1
    Talk to the outpatient director at Kingsmere. They're four years in. I'll set up the call, and I won't be on it. # speaker: seller
    Four years. That's the answer I need for the board. # speaker: buyer # thought: A peer, not a pitch.
- -> m3_close

=== m3_close ===
{ credit >= 6: She pulls a blank page towards her. | She looks at the clock. }
So what happens next? # speaker: buyer # clock: 3 # note: Last decision of the last meeting. What can she take to the board, and what can she commit to today?
+ [Say you will wait for the board's decision #move: defer-topic #why: Waiting looks respectful, but in Phase III it leaves her alone with the risk at the moment she has to defend the choice.]
    ~ pushes = MIN(pushes + 1, 3)
    I'll wait to hear what the board decides. # speaker: seller
+ [Offer to draft the go-live plan for her board paper #move: next-step #path: exemplary #why: A concrete step that puts her safeguards in writing and gives her the paper she needs to win the board.]
    ~ credit += 1
    Let me draft the go-live plan for your board paper: one clinic in April, the trainer on site, the Kingsmere call before you sign. # speaker: seller
+ [Offer a discount to get it signed this quarter #move: price #path: stuck-listening #why: A quarter-end discount is for the seller's calendar. For a buyer weighing risk it feels like pressure.]
    I could take ten percent off if we can sign this quarter. # speaker: seller
- -> ending

=== ending ===
{
- pushes >= 3 || credit <= 1:
    -> no_sale
- credit == 8 && pushes <= 1:
    -> order
- credit >= 4 && pushes <= 2:
    -> advance
- else:
    -> continuation
}

=== order ===
She reads your draft plan back to you, adds a line about the paper diaries, and signs the order for the first clinic. # clock: 0
The board gave me authority for one clinic. The rest follows if it goes live clean. # speaker: buyer # thought: Three meetings, and each time they were where I was.
Graham walks you out, smiling again. # scene: corridor
You listened when she needed it and brought ideas when she wanted them. I won't regret putting my name to this. # speaker: sponsor
The first clinic is ordered, with the rest to follow a clean go-live. # outcome: order
-> END

=== advance ===
Send me the plan. I'll take it to the board with a recommendation. # speaker: buyer # thought: Good enough to recommend. I'd like to be surer.
Graham walks you out. # scene: corridor
Not bad. She'll push for you. # speaker: sponsor
You leave with her recommendation going to the board. # outcome: advance
-> END

=== continuation ===
I'll let you know what the board decides. # speaker: buyer # thought: Useful in places. I still don't know if they're safe.
Graham walks you to the lift without saying much. # scene: corridor
Could go either way. # speaker: sponsor
Nothing is agreed. # outcome: continuation
-> END

=== no_sale ===
Thank you. I think we'll go with the other supplier. # speaker: buyer # mood: guarded # thought: They listened beautifully when I needed a plan, and sold hard when I needed a safe one.
Graham doesn't walk you out. # scene: corridor
{ pushes >= 2:
    He texts you that evening.
    I told you she was worried about the go-live, not the software. # speaker: sponsor
- else:
    He texts you that evening.
    Sorry. She went the other way. # speaker: sponsor
}
The other supplier gets the contract. # outcome: no-sale
-> END
