# path-name: stuck-listening The seller who listened and never led
# title: Three Meetings
# buyer: Elena Varga, Director of Outpatient Services at St Aldric's Hospital
# sponsor: Graham Holt, a consultant physician who used your system at his last hospital
# summary: Three meetings over two months with the same buyer. Between meetings her thinking moves on, and so does the mood of the doctor who introduced you. What worked last time may not work this time.
# must: criteria Ask how she will judge the options against each other
# must: blocker Ask what could still stop her recommending you

// Elena moves from Phase I (meeting one) to Phase II (meeting two) to Phase III (meeting three).
// The phase changes at the start of each meeting whatever the seller did: the buyer's thinking moves
// on without them. Each beat is visited once; all of its choices rejoin at the next beat.
// The same move is right in one meeting and wrong in another: listening, price, deferring a topic,
// pitching, ideas, credentials, answering risk and following Graham each change their value with her phase.
//   misses   beats where the seller missed what that moment needed (capped at 5). Every beat has one
//            answer that fits her; the order needs all fifteen, an advance at most two misses, a
//            continuation at most four.
//   pushes   pressure she feels: a premature price, a discount, a warning in place of an answer (0-3)
//   figures  she put a number on the problem (meeting one) or on fixing it (meeting two). Without
//            either, her board paper has no figures and the cheaper rival wins.
//   booked   meeting two was agreed at the end of meeting one (read as meeting two opens, then cleared)
//   raised   the seller told Graham the go-live should be faced openly; quiet: agreed to avoid it
//   terms    price and terms for the first clinic were put on the table; discount: ten percent offered
//   sponsor  Graham's meter (0-5), written by the engine after each choice
VAR phase = 1
VAR sponsor = 3
VAR misses = 0
VAR pushes = 0
VAR figures = false
VAR booked = false
VAR raised = false
VAR quiet = false
VAR terms = false
VAR discount = false

-> m1_intro

=== m1_intro ===
Meeting one. Elena Varga's office at St Aldric's, between two clinics. # scene: hospital-office # clock: 30 # present: buyer sponsor
Graham Holt brings you in, all smiles.
Elena, this is the person I told you about. I'll leave you two to it. # speaker: sponsor
He winks at you on his way out. # present: buyer
Graham says you sorted this out at his last hospital. I'm honestly not sure yet what "this" is for us. Let me tell you what's been happening. # speaker: buyer # note: Meeting one. She is about to tell her story and says she does not yet know what her problem is. What does that ask of the seller?
+ [Find out first how many clinics and patients she runs a week #move: open-probe #why: A fair question at the wrong moment: she was about to tell her story, and a numbers question makes her answer yours instead.]
    ~ misses = MIN(misses + 1, 5)
    Before you start: how many clinics, and how many patients a week? # speaker: seller
    Forty clinics. About nine thousand appointments a week. # speaker: buyer
    She pauses, as if she had been about to say something else, and waits for your next question. # thought: I was going to tell it from the start.
+ [Tell her how your reminders cut no-shows at Graham's hospital #move: pitch #why: A solution offered before she has worked out her problem answers someone else's question, however well it worked there.]
    ~ misses = MIN(misses + 1, 5)
    ~ pushes = MIN(pushes + 1, 3)
    At Graham's hospital our reminders cut missed appointments by a third in six months. # speaker: seller
    Good for them. # speaker: buyer # mood: guarded # thought: Graham's answer, brought to my question.
    She glances at the door Graham went out of.
+ [Sit back and let her tell it from the start #move: listen #path: exemplary #path: stuck-listening #why: She has just offered to tell the story. Taking the chair you are offered means letting her.]
    You settle back and let her begin.
    One in eight outpatients doesn't turn up. So the consultants overbook, and then the clinics overrun. # speaker: buyer # thought: I'm being allowed to talk. Good.
- -> m1_pattern

=== m1_pattern ===
The odd thing is who misses. A lot of them are patients we booked at short notice, to fill gaps. # speaker: buyer # clock: 24 # note: She has just noticed something nobody has put into words. Does the seller help her see it, or supply an answer?
+ [Tell her that no-shows nearly always come down to reminders #move: insight #why: A confident diagnosis, given before she has finished thinking. It closes the very question she just opened.]
    ~ misses = MIN(misses + 1, 5)
    In my experience it nearly always comes down to reminders. # speaker: seller
    Maybe. # speaker: buyer # thought: They're not listening to the odd bit.
    She lets the thought about short-notice bookings go, and moves on.
+ [Say back that the no-shows may come from how the gaps get filled #move: reflect #path: exemplary #path: stuck-listening #why: Putting her half-formed observation into words shows you followed her thinking, and helps her take the next step.]
    So the misses might come from how the gaps are filled, not from people forgetting. # speaker: seller
    She stops.
    Yes. That's it. I hadn't put it like that. # speaker: buyer # thought: They heard the odd bit.
+ [Say you have seen exactly this pattern in some twenty hospitals #move: credentials #why: Early on, your experience sounds like a lecture. She wants to think, not to be impressed.]
    ~ misses = MIN(misses + 1, 5)
    We've seen this in twenty hospitals. There's usually a pattern. # speaker: seller
    I'm sure. # speaker: buyer # mood: guarded # thought: This is about them, not us.
- -> m1_cost

=== m1_cost ===
The consultants are fed up. Every overbooked clinic runs an hour late. # speaker: buyer # clock: 18 # note: The problem is becoming clear. Helping her put a size on it turns a nuisance into a need.
+ [Find out how the consultants are coping with all the overbooking #move: open-probe #path: stuck-listening #why: A kind, open question, and she enjoys answering it. But the size of the problem goes unasked, and her board will ask it.]
    ~ misses = MIN(misses + 1, 5)
    How are the consultants taking it? # speaker: seller
    Badly. Two of them have stopped coming to the clinic meetings. It's wearing everyone down. # speaker: buyer # thought: A good listener, I'll give them that.
    She never quite gets to a number.
+ [Say your system would pay for itself well within a year #move: price #why: A payback claim before she has agreed there is anything to pay for. Money talk this early is the classic misalignment.]
    ~ misses = MIN(misses + 1, 5)
    ~ pushes = MIN(pushes + 1, 3)
    Our system would pay for itself inside a year. # speaker: seller
    She looks at you for a moment without answering. # mood: guarded # thought: What system? We're still on what's wrong.
+ [Ask how many appointments the overbooking loses her a month #move: implication #path: exemplary #why: An implication question lets her size the problem in her own terms, and gives her the number she will need later.]
    ~ figures = true
    How many appointments does all that overbooking lose you a month, in the clinics and on the waiting list? # speaker: seller
    She works it out on the back of an envelope.
    About four hundred lost appointments a month. And the list grows by the same. # speaker: buyer # thought: That's a number I can take upstairs.
- -> m1_money

=== m1_money ===
Before I forget: roughly what does something like yours cost? Finance will ask me. # speaker: buyer # clock: 10 # note: A price question in Phase I. Answering it is honest; is it the moment? Compare this with the last decision of meeting three.
+ [Give her a rough figure per clinic per month for Finance #move: price #why: Honest, but a number before either of you knows what it must solve becomes the thing she remembers, and the thing Finance compares.]
    ~ misses = MIN(misses + 1, 5)
    Roughly four hundred a month per clinic. # speaker: seller
    She writes the number down and underlines it. # thought: Four hundred a clinic. For what, exactly?
+ [Ask her what budget she has set aside for this #move: hard-question #why: A fair question later. Today there is no project to budget for, and it turns her curiosity into a negotiation.]
    ~ misses = MIN(misses + 1, 5)
    What budget have you set aside for this? # speaker: seller
    There isn't a budget. There isn't a project yet. # speaker: buyer # mood: guarded # thought: Budget? I've only just started looking.
+ [Say you would rather price it once the problem is clear #move: defer-topic #path: exemplary #path: stuck-listening #why: Putting the price off until the problem is clear respects where she is. It is not evasion: you say when you will answer.]
    I'd rather give you a real figure once we both know what it has to solve. I'll bring one. # speaker: seller
    Fair. Finance can wait a few weeks. # speaker: buyer # thought: They're not in a hurry to sell me something.
- -> m1_close

=== m1_close ===
I've got a clinic in five minutes. This helped me think. # speaker: buyer # clock: 5 # note: The meeting ends either with an agreed step or with good feeling. Only one of those is an advance.
+ [Offer to leave a brochure and a login to your demo system #move: pitch #why: A brochure tells her the seller has already decided what she needs.]
    ~ misses = MIN(misses + 1, 5)
    Let me leave you a brochure and a login to our demo system. # speaker: seller
    She puts the brochure on a pile of others. # thought: Another brochure.
+ [Offer to come back once she has pulled the short-notice data #move: next-step #path: exemplary #why: A concrete step tied to her own discovery: she brings the data, you come back when there is something to look at. She commits to it.]
    ~ booked = true
    Could I come back once you've looked at the short-notice bookings? Then we'd both know what we're solving. # speaker: seller
    Yes. Three weeks. I'll get the data pulled. # speaker: buyer # thought: They want to see what I find before selling me anything.
    She puts it in her diary while you watch.
+ [Thank her, and say you are there whenever she wants to talk again #move: listen #path: stuck-listening #why: Warm and patient, but it leaves the next move to a very busy person.]
    ~ misses = MIN(misses + 1, 5)
    Thank you. I'm here whenever you'd like to talk again. # speaker: seller
    Thanks. # speaker: buyer # thought: Nice. I'll see.
- -> m2_intro

=== m2_intro ===
~ phase = 2
{ booked: Meeting two, three weeks later, as agreed. | Meeting two. It took five weeks and two emails to get it. } A meeting room with a projector. # scene: boardroom # clock: 45 # present: buyer
Graham comes in late, phone in hand, and sits at the far end. # present: buyer sponsor
{ booked: Elena has brought the data, as she promised. | Elena has pulled the data herself, in the end. }
~ booked = false
Short-notice bookings are missed three times as often as the rest. So I need a way to fill gaps better, not just remind people better. I'm seeing two other suppliers this month. # speaker: buyer # thought: Right. Show me what you'd do. # note: Meeting two. Read the cue afresh: she has named her problem and is comparing suppliers. Listening served her in meeting one. What does she want now?
+ [Let her keep talking through what she found #move: listen #path: stuck-listening #why: Listening was right three weeks ago. Now she has finished her story and is waiting for the seller's half of the conversation.]
    ~ misses = MIN(misses + 1, 5)
    You nod and wait for her to go on.
    She waits too, then turns a page. # thought: Are they going to say anything?
+ [Ask what halving the short-notice misses would mean for her #move: need-payoff #path: exemplary #why: She has defined the need. A need-payoff question lets her state its value in her own words, which is what she will compare suppliers against.]
    ~ figures = true
    If you halved the misses on short-notice bookings, what would that mean for you? # speaker: seller
    Two hundred patients a month seen who otherwise wouldn't be. And consultants who stop overbooking. # speaker: buyer # thought: Yes. That's the prize.
+ [Find out exactly how the bookings are made today #move: open-probe #why: A good question for meeting one. Now it asks her to repeat what she has worked out, while she is waiting to see answers.]
    ~ misses = MIN(misses + 1, 5)
    How are the bookings made today? # speaker: seller
    She explains, a little shortly, and checks the time. # thought: We covered this. I want to see something.
- -> m2_criteria

=== m2_criteria ===
Three suppliers. One budget line. # speaker: buyer # clock: 38 # note: She is comparing options. What would the seller need to know to be compared fairly?
+ [Ask how she will judge the three suppliers #move: hard-question #covers: criteria #path: exemplary #why: Ask what you came to ask. Her criteria tell you what to show in the time left.]
    How will you judge the three against each other? # speaker: seller
    Whether it fills short-notice gaps with people who will actually come. Then cost. Then how much the clinic staff hate it. # speaker: buyer # thought: Good question. I should write that down for the others.
+ [Explain why you are stronger than the other two suppliers #move: credentials #why: Comparing yourself with absent rivals talks about you. She has her own yardstick, and you have not asked for it.]
    ~ misses = MIN(misses + 1, 5)
    We're stronger than the other two where it counts: booking rules. # speaker: seller
    We'll see. # speaker: buyer # thought: They all say that.
+ [Say that weighing up three suppliers must be hard work for her #move: reflect #path: stuck-listening #why: Kind, but she has not asked for sympathy. In Phase II, a run of passive moves leaves her doing all the work.]
    ~ misses = MIN(misses + 1, 5)
    That must be a lot to weigh up. # speaker: seller
    It's my job. # speaker: buyer # mood: guarded # thought: I know it is.
- -> m2_show

=== m2_show ===
Graham looks up from his phone for the first time.
Show her the booking rules. That's what made the difference for us. # speaker: sponsor # clock: 30 # note: Graham is cooler than in meeting one, but his advice fits her: she wants to see options. Does the seller show the solution, and show it against what she needs?
+ [Give her your price per clinic so she can compare #move: price #why: Cost is her second criterion, but a price before she has seen the solution leaves her nothing to weigh it against.]
    ~ misses = MIN(misses + 1, 5)
    ~ pushes = MIN(pushes + 1, 3)
    It's four hundred a month per clinic, all in. # speaker: seller
    She writes it next to the other two figures and waits. # thought: Price before product.
    Graham goes back to his phone.
+ [Wait until she asks you what you would do here #move: listen #path: stuck-listening #why: She has given every cue that she wants to see options. Waiting to be asked leaves her to assume there is nothing to show.]
    ~ misses = MIN(misses + 1, 5)
    You wait for her to ask.
    Graham catches your eye and frowns.
    Elena checks the time. # thought: They came without anything to show me.
+ [Show her the booking rules on screen, as Graham suggests #move: follow-sponsor #path: exemplary #why: Graham knows what she needs to see, and a Phase II buyer wants the solution shown against the need she named.]
    Here's how it works. When a slot opens at short notice, it goes first to patients who've said they can come at short notice, and who live nearby. # speaker: seller
    She leans towards the screen.
    So the gaps go to people who can actually make it. # speaker: buyer # thought: That's my problem, on a screen.
    Graham nods and puts his phone away.
- -> m2_angle

=== m2_angle ===
The other two offered more reminder channels. Texts, an app, phone calls. # speaker: buyer # clock: 20 # note: She has just told you how the competitors are pitching. A new angle is welcome in Phase II; the question is whether it fits her problem.
+ [Say it sounds as if she is pulled in different directions #move: reflect #path: stuck-listening #why: Accurate, but she wants to know how to choose, not to be told she is being pulled.]
    ~ misses = MIN(misses + 1, 5)
    It sounds like you're being pulled in different directions. # speaker: seller
    I suppose. # speaker: buyer # mood: guarded # thought: I need an answer, not a mirror.
+ [Point out that you offer more reminder channels than either rival #move: pitch #why: Matching the competitors feature for feature is a Phase II move, but reminders are not what she found her problem to be.]
    ~ misses = MIN(misses + 1, 5)
    We have more reminder channels than either of them. # speaker: seller
    She nods politely and doesn't write anything down. # thought: Back to reminders.
+ [Suggest offering short-notice gaps to the waiting list first #move: insight #path: exemplary #why: A new idea that builds on her own finding: it turns the short-notice gaps she worried about into a way to shorten her waiting list.]
    One idea: don't just fill the gaps. Offer them first to people on the waiting list who live nearby. Every short-notice gap becomes a chance to shorten the list. # speaker: seller
    She writes it down.
    Nobody has put the two problems together. # speaker: buyer # thought: That's new. That's what I'd pay for.
- -> m2_close

=== m2_close ===
I'm taking one or two options to the board next month. # speaker: buyer # clock: 5 # note: The decision is coming. What step would strengthen her case before the board?
+ [Offer to test your booking rules on two clinics' data #move: next-step #path: exemplary #why: A concrete step that gives her evidence for her own board paper. She agrees to send the data: a commitment from her, not a promise from you.]
    Let's run the booking rules over two clinics' real data before the board meets. You'd walk in with your own numbers. # speaker: seller
    Yes. I'll have the extracts sent to you by Friday. # speaker: buyer # thought: My numbers, not their slides.
+ [Promise her your team would handle the whole go-live for her #move: address-risk #why: Reassurance about a risk she has not raised yet. In Phase II she is still choosing what to buy; the go-live worry comes next month, and it will need more than a promise.]
    ~ misses = MIN(misses + 1, 5)
    Whatever you choose, our team would handle the whole go-live for you. # speaker: seller
    Good to know. # speaker: buyer # thought: That's next month's worry. First I have to win the argument.
    She writes nothing down, and the board date sits there between you.
+ [Agree to wait and hear how the board goes #move: listen #path: stuck-listening #why: Polite, and it leaves her to build the case alone. In Phase II a passive seller is one she can forget.]
    ~ misses = MIN(misses + 1, 5)
    I'll wait to hear how the board goes. # speaker: seller
    Fine. # speaker: buyer # mood: guarded # thought: No help making the case, then.
    On the way out Graham falls into step with you and says nothing for a whole corridor. # scene: corridor # present: sponsor
- -> m3_corridor

=== m3_corridor ===
~ phase = 3
Meeting three, five weeks later. Graham is waiting for you outside Elena's office, and he is not smiling. # scene: corridor # clock: 20 # present: sponsor
The board asked me whether I'd stake my name on this. I said yes. # speaker: sponsor
{ misses <= 3: She likes your approach. It's between you and one other now. | It's between you and one other, and I can't tell you which way she's leaning. } The last go-live here was a disaster and she hates talking about it. Don't bring it up. Keep it upbeat, show her the analytics the board liked. # speaker: sponsor # note: Graham has put his name to this and wants it smooth. His advice served her in meeting two. Does it fit a buyer who now weighs risk?
+ [Nod, and knock on Elena's door without a word #move: listen #why: Agreeable, and it leaves you to decide in the room, unprepared, what you will do when she raises the go-live.]
    ~ misses = MIN(misses + 1, 5)
    You nod and knock on Elena's door.
    Graham follows you in and takes the chair by the window.
+ [Tell Graham you would rather face the go-live with her openly #move: override-sponsor #align: 1 #attune: 1 #path: exemplary #why: Here the sponsor's advice no longer fits the buyer: in Phase III her worry is the go-live, and talking around it would look evasive to her. Disagreeing costs you some of Graham's goodwill; it is still right.]
    ~ raised = true
    Graham, if the go-live is what worries her, I'd rather talk about it than around it. # speaker: seller
    He looks at you for a long moment.
    Your call. It's my name on it. # speaker: sponsor
    He follows you in with his arms folded.
+ [Agree with Graham to keep the go-live out of it today #move: follow-sponsor #path: stuck-listening #why: Following the sponsor was right in meeting two. Now his nerves are steering you away from the one thing she needs to hear about.]
    ~ misses = MIN(misses + 1, 5)
    ~ quiet = true
    Understood. We'll keep it upbeat. # speaker: seller
    Graham relaxes and claps you on the shoulder.
- -> m3_open

=== m3_open ===
Elena's office. The waiting list figures are pinned to the wall behind her. # scene: hospital-office # present: buyer sponsor
{ misses <= 3: The board likes your approach. | The board wants to see both suppliers again. } But I'll be honest. The last outpatient system went live late, and the clinics were chaos for a month. I'm not going through that again. # speaker: buyer # clock: 18 # note: Meeting three. Read the cue afresh: she has a favourite, and her question is what could go wrong. Solutions that were welcome last time may not be now.
{ quiet: Graham studies the carpet. }
{ raised: Graham glances at you. }
+ [Suggest leaving the go-live plan to the project team for later #move: defer-topic #path: stuck-listening #why: In meeting one, putting the price off was right. Putting her biggest risk off now looks evasive at the moment she is deciding.]
    ~ misses = MIN(misses + 1, 5)
    ~ pushes = MIN(pushes + 1, 3)
    The go-live is best planned with the project team, later on. # speaker: seller
    Later. # speaker: buyer # mood: guarded
    She writes something on her pad and turns it face down. # thought: So nobody has thought about it.
+ [Ask her what might stop her recommending you #move: hard-question #covers: blocker #path: exemplary #why: Ask what you came to ask. Late in the cycle, the buyer's remaining objection is the most useful thing you can learn.]
    What might stop you recommending us? # speaker: seller
    She thinks about it honestly.
    Not the software. Whether my people can live through another go-live. # speaker: buyer # thought: Good. Let's have it out.
+ [Bring up the analytics module the board liked so much #move: pitch #why: A new feature answers a question she has stopped asking. She has just said her concern is the go-live.]
    ~ misses = MIN(misses + 1, 5)
    Let me show you the analytics module first. The board will love it. # speaker: seller
    I'm sure they would. # speaker: buyer # mood: guarded # thought: Still selling. I'm past that.
    She looks at the screen without leaning towards it.
- -> m3_staff

=== m3_staff ===
Clinic staff have seen too many new systems. Half the receptionists still keep a paper diary, just in case. # speaker: buyer # clock: 12 # note: She has named a specific risk. A Phase III answer is concrete and fits her risk, not the product.
+ [Suggest going live one clinic at a time, with a trainer there #move: address-risk #path: exemplary #why: A concrete, phased plan for the exact risk she named: one clinic at a time, and a person on the floor.]
    Then we go one clinic at a time, and our trainer sits with the receptionists for the whole first week. The paper diary can stay until they don't need it. # speaker: seller
    She almost laughs.
    The paper diary can stay. They'll like that. # speaker: buyer # thought: They've thought about my people, not their screens.
+ [Offer to include all the staff training at no extra cost #move: price #why: Free training answers a budget worry she does not have. Her receptionists do not need it cheaper; they need it to feel safe.]
    ~ misses = MIN(misses + 1, 5)
    We'll include all the training at no extra cost. # speaker: seller
    That's generous. # speaker: buyer # thought: It isn't the cost of the training that worries me.
    She doesn't write it down.
+ [Reassure her that your screens are quick and simple for anyone to learn #move: pitch #path: stuck-listening #why: "Easy to learn" is a product claim. She described people who have been let down before, and a claim will not move them.]
    ~ misses = MIN(misses + 1, 5)
    Honestly, our screens are quick and simple for anyone to learn. # speaker: seller
    She smiles thinly. # mood: guarded # thought: Every supplier says that.
- -> m3_proof

=== m3_proof ===
And how do I know you'll still be around, and still answering the phone, in year three? # speaker: buyer # clock: 8 # note: She is asking whether this partner is safe over time. In meeting one, credentials sounded like a lecture. What about now?
+ [Tell her about your product roadmap for the next three years #move: pitch #why: A roadmap is a promise about the product. She asked whether the company will still be there for her.]
    ~ misses = MIN(misses + 1, 5)
    Our roadmap for the next three years is very ambitious. # speaker: seller
    Ambitious. # speaker: buyer # thought: More features. That isn't what I asked.
+ [Ask what another year of waiting would cost her and her clinics #move: implication #path: stuck-listening #why: In meeting one this question sized her problem. Now it is pressure in place of proof: she asked for reassurance and heard a warning.]
    ~ misses = MIN(misses + 1, 5)
    ~ pushes = MIN(pushes + 1, 3)
    What will it cost you to wait another year? # speaker: seller
    Elena sits back. For a moment she says nothing at all. # mood: frustrated # thought: They can't answer it, so they're scaring me.
+ [Offer her your record with hospitals and your audited accounts #move: credentials #path: exemplary #why: Late in the cycle, credentials answer "is this partner safe?". Facts she can check, for the board that will ask.]
    Fourteen years in hospital outpatients. Thirty-one hospitals, and not one has left us. I'll send you our last three years of audited accounts for the board. # speaker: seller
    Audited accounts. The board will want exactly that. # speaker: buyer # thought: Facts I can check. Not a promise.
- -> m3_close

=== m3_close ===
{ misses <= 2: She pulls a blank page towards her. | She looks at the clock. }
So. What would I actually be signing up to? # speaker: buyer # clock: 3 # note: Last decision of the last meeting. In meeting one price was premature. She has now asked for it, in Phase III.
+ [Offer ten percent off if she can sign before this quarter ends #move: price #align: 0 #attune: -1 #path: stuck-listening #why: A quarter-end discount is for the seller's calendar. For a buyer weighing risk it feels like pressure, and it does not answer her question.]
    ~ misses = MIN(misses + 1, 5)
    ~ discount = true
    ~ pushes = MIN(pushes + 1, 3)
    I could take ten percent off if we can sign this quarter. # speaker: seller
    She puts her pen down. # mood: guarded # thought: Why the hurry? Whose hurry?
+ [Say plainly what the first clinic costs, and the contract #move: price #path: exemplary #why: She asked what she would sign up to. In Phase III the price and terms are what she must defend to the board, so put them on the table.]
    ~ terms = true
    Four hundred a month per clinic, all in. The first clinic on a twelve-month contract, and a break clause if the go-live misses its date. # speaker: seller
    She writes down every figure. # thought: A break clause. They're not afraid of their own go-live.
+ [Offer to draft the go-live plan for her board paper #move: next-step #why: A good step, but she asked what she would sign up to, and she still doesn't know. Without the terms, her board can only discuss.]
    ~ misses = MIN(misses + 1, 5)
    Let me draft the go-live plan for your board paper: one clinic first, the trainer on site. # speaker: seller
    That would help. # speaker: buyer # thought: And the cost? The board will ask me the cost.
- -> ending

=== ending ===
{
- pushes >= 3 || not figures || misses >= 5:
    -> no_sale
- misses == 0:
    -> order
- misses <= 2 && pushes <= 1:
    -> advance
- else:
    -> continuation
}

=== order ===
She reads your terms back to you and adds a line about the paper diaries. # clock: 0
The board gave me authority for one clinic. I'll sign for that today. The rest follows if it goes live clean. # speaker: buyer # thought: Three meetings, and each time they were where I was.
She signs the order for the first clinic.
Graham walks you out. # scene: corridor # present: sponsor
{
- sponsor >= 4:
    He is smiling again.
    You listened when she needed it and brought ideas when she wanted them. I won't regret putting my name to this. # speaker: sponsor
- sponsor >= 2:
    He isn't smiling, not yet, but he stops at the lift and shakes your hand.
    I told you to keep the go-live out of it. I'm glad you didn't listen to me. # speaker: sponsor
- else:
    He says goodbye at the lift and leaves it at that.
}
The first clinic is ordered at the price you set out, with the rest to follow a clean go-live. # outcome: order
-> END

=== advance ===
{ terms: She clips your price sheet to her notes. | She makes a note to ask you for a price. }
The board meets on the fourteenth. Come and take them through the go-live with me. # speaker: buyer # thought: Good enough to recommend. I'd like to be surer.
She puts the board date in your diary and hers.
Graham walks you out. # scene: corridor # present: sponsor
{
- sponsor >= 4:
    Not bad. She'll push for you. # speaker: sponsor
- raised:
    You went against me out there. Let's see if the board thanks you for it. # speaker: sponsor
- else:
    He checks his phone in the lift.
}
You leave with a date to present to her board, at her side. # outcome: advance
-> END

=== continuation ===
I'll let you know what the board decides. # speaker: buyer # thought: Useful in places. I still don't know if they're safe.
{ discount: She pushes your discount offer to the side of the desk. }
Graham walks you to the lift without saying much. # scene: lift-lobby # present: sponsor
{
- sponsor >= 4:
    Could go either way. I'll put in a word. # speaker: sponsor
- else:
    Could go either way. # speaker: sponsor
}
Nothing is agreed. You will stay in touch. # outcome: continuation
-> END

=== no_sale ===
Thank you for coming in. I'll let you know after the board. # speaker: buyer # mood: guarded
Graham doesn't walk you out. # scene: corridor # present:
A week later, the day after her board, Elena phones.
{
- not figures:
    The board asked me what fixing this was worth, and I couldn't give them a number. They went with the cheaper one. # speaker: buyer # thought: Pleasant meetings. Nothing I could put in a board paper.
- pushes >= 2:
    We've gone with the other supplier. # speaker: buyer # thought: They sold hard when I needed a safe pair of hands.
- else:
    We've gone with the other supplier. # speaker: buyer # thought: They listened beautifully when I needed a plan.
}
{ discount: Your ten percent is not mentioned. }
{
- quiet:
    Graham texts you that evening.
    She raised the go-live herself, didn't she. I should have let you talk about it. # speaker: sponsor
- sponsor <= 1:
    Graham doesn't text you.
- else:
    Graham texts you that evening.
    Sorry. She went the other way. # speaker: sponsor
}
The other supplier gets the contract. # outcome: no-sale
-> END
