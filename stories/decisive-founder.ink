# title: The Decisive Founder
# buyer: Sana Iqbal, founder and CEO of Quillhaven
# sponsor: Kofi Mensah, her co-founder, who invited you after hearing you speak
# summary: Sana has twelve minutes before a board call and no patience for a warm-up. She wants a point of view. Listening well is not enough here, and taking charge is still not the answer.
# persona: decisive-founder
# must: pov Tell her plainly what you would do first
# must: decision Ask who else has to agree before she commits

// Sana starts in Phase I (she knows churn is rising, not why) and moves to Phase II halfway through,
// once Kofi's numbers have settled the question for her. The persona rewards a confident, concise
// point of view; questions and reflecting are worth little to her, and the head of the table still
// costs attunement. Each beat is visited once; all of its choices rejoin at the next beat.
//   credit     contributions she can use: your view, a plan, a new angle, a concrete start (0-4)
//   questions  moves that hand her a question or a mirror instead of a view (capped at 3)
//   pushes     status plays, lectures and pressure (capped at 2)
VAR phase = 1
VAR credit = 0
VAR questions = 0
VAR pushes = 0
VAR pov = false

-> arrival

=== arrival ===
Quillhaven's office: one open floor, and a glass meeting room with a whiteboard covered in arrows. # scene: boardroom # clock: 12
Sana Iqbal is standing at the whiteboard, marker in hand. Kofi Mensah pulls a chair out for you at the side of the table, near her. The chair at the head of the table, facing the glass, is empty. # note: A decisive buyer can tempt a seller to match her energy by taking charge. The chair still says who leads. Let the room vote.
+ [Take the chair at the head of the table #move: status-play #seat: head #path: know-it-all #why: Matching a strong buyer with a power seat is still a power seat. It costs attunement, however confident she is.]
    ~ pushes = MIN(pushes + 1, 2)
    You take the head of the table. Sana glances at the chair, then at you.
    Make yourself at home. # speaker: buyer # thought: Bold. We'll see if there's anything behind it.
+ [Wait for her to say where she would like you #move: listen #why: Polite, but she is not going to organise the furniture for you. It spends a few of her twelve minutes.]
    ~ questions = MIN(questions + 1, 3)
    You wait, coat over your arm.
    Anywhere. Sit. # speaker: buyer # thought: We don't have time for this.
+ [Sit in the chair Kofi pulls out for you #move: follow-sponsor #seat: offered #path: exemplary #path: endless-questions #why: The sponsor's chair puts you beside the buyer, not above her. Confidence will have to come from what you say.]
    You sit where Kofi shows you, at the side of the table, a step from the whiteboard.
    Kofi gives you a quick thumbs-up. # thought: Fine. Let's get on with it.
- -> challenge

=== challenge ===
Sana caps the marker.
Kofi says you know churn. We lose one customer in six every year, and it's getting worse. I have twelve minutes. Skip the questions: what would you do? # speaker: buyer # note: This buyer has asked for a point of view in so many words. The counterweight to Bregman: do not overcorrect into pure listening. What would a confident, concise answer sound like?
+ [Say you would fix the first month: most churn starts there #move: insight #covers: pov #path: exemplary #why: She asked for a view. A short, confident one, given plainly, respects her time and gives her something to push against.]
    ~ credit += 1
    ~ pov = true
    I'd fix the first month. In most software firms your size, the customers who leave are the ones who never finished setting up. # speaker: seller
    She looks at you properly for the first time. # thought: A straight answer. Finally.
+ [Ask what she thinks is driving the churn #move: open-probe #path: endless-questions #why: A fine opening with most buyers. This one told you in as many words to skip it, and the question hands her own problem back to her.]
    ~ questions = MIN(questions + 1, 3)
    Before I answer, what do you think is driving it? # speaker: seller
    If I knew that, you wouldn't be here. # speaker: buyer # mood: guarded # thought: I said skip the questions.
+ [Run through your firm's churn programme and its clients #move: credentials #path: know-it-all #why: A list of clients is not a view. She asked what you would do here, and heard what you have done elsewhere.]
    ~ pushes = MIN(pushes + 1, 2)
    We've run churn programmes for eleven software firms, including two that are much bigger than you. # speaker: seller
    That's not what I asked. # speaker: buyer # mood: guarded # thought: A brochure with legs.
- -> pushback

=== pushback ===
{ pov:
    Onboarding? Our onboarding team is the best thing we've got. # speaker: buyer # clock: 9 # thought: Let's see if that view holds. # note: She is testing whether the view survives a push. Folding loses her; arguing loses her too.
- else:
    I'm still waiting to hear what you'd do. # speaker: buyer # clock: 9 # mood: guarded # thought: Two minutes gone. # note: The buyer has asked twice. There is still time to answer.
}
+ {pov} [Ask what happens to renewals when accounts never finish setup #move: implication #path: exemplary #why: One sharp question that holds your view and lets her own numbers make the case. It is a question with a point, not a way of avoiding one.]
    What happens at renewal to the accounts that never finished setting up? # speaker: seller
    She turns to Kofi.
    Kofi pulled that last month. A third of new accounts never finish setup. And nearly all our churn comes from that third. # speaker: buyer # thought: Right. I hate that it's right.
+ {not pov} [Tell her now: you would fix the first month #move: insight #covers: pov #why: A late answer is still an answer. Giving her the view she asked for recovers most of the ground lost.]
    ~ credit += 1
    ~ pov = true
    Then here it is: I'd fix the first month. The customers who leave are usually the ones who never finished setting up. # speaker: seller
    About time. Go on. # speaker: buyer # thought: There it is. Why make me wait?
+ [Say it sounds as if she is proud of that team #move: reflect #path: endless-questions #why: Accurate, and kind. But she wanted a view, and a mirror is not one. Reflecting is worth little to this buyer.]
    ~ questions = MIN(questions + 1, 3)
    It sounds like you're proud of that team. # speaker: seller
    I am. Is that your answer? # speaker: buyer # mood: guarded # thought: I don't need a therapist.
+ [Tell her that is what every founder says before the numbers come in #move: status-play #path: know-it-all #why: Confidence tipping into condescension. A decisive buyer wants a strong view, not to be put in her place.]
    ~ pushes = MIN(pushes + 1, 2)
    That's what every founder says before they look at the numbers. # speaker: seller
    Kofi winces.
    Is it. # speaker: buyer # mood: frustrated # thought: Who do they think they are?
- -> kofi

=== kofi ===
Kofi leans in. # clock: 7
Tell her the idea you mentioned on the phone. The setup score. # speaker: sponsor # note: The sponsor is warm and helpful here. He knows what will land with her.
+ [Turn to Kofi and ask what he thinks is going on #move: open-probe #path: endless-questions #why: Another question, this time to the sponsor. Sana is in the room, with seven minutes left.]
    ~ questions = MIN(questions + 1, 3)
    What do you think is going on, Kofi? # speaker: seller
    Sana looks at the clock. Kofi looks at the table.
    We didn't ask you here to interview us. # speaker: buyer # mood: frustrated # thought: Enough.
+ [Say you would rather show her your own platform #move: override-sponsor #path: know-it-all #why: The sponsor handed you the idea most likely to land with her. Brushing it aside costs you your ally and the buyer's attention.]
    ~ pushes = MIN(pushes + 1, 2)
    I'd rather show you our platform. It does all that and more. # speaker: seller
    Kofi sits back. # thought: Kofi liked this one. I'm not sure why.
+ [Share Kofi's idea: a setup score on every account #move: follow-sponsor #path: exemplary #why: The sponsor knows the buyer. His cue turns your view into something she can picture.]
    Give every new account a setup score, on the screen your team already looks at every morning. Red means call them this week. # speaker: seller
    Sana writes SETUP SCORE on the whiteboard and underlines it twice. # thought: Simple. I can see it on Monday's screen.
- -> plan

=== plan ===
~ phase = 2
Sana sits down opposite you and puts the marker on the table. # clock: 6
{ pov: Fine. It's setup. I'm convinced. | Kofi's numbers say it's the setup, so let's say it is. } So what would you actually do in the next ninety days? # speaker: buyer # thought: I've decided what the problem is. Now show me the fix. # note: Her posture has changed: she is sitting, the marker is down, and she is asking how. The cue says she has moved from "what is wrong" to "how do we fix it".
+ [Take the marker and draw your plan on her whiteboard #move: status-play #path: know-it-all #why: Taking over her whiteboard takes over her meeting. A plan drawn over her arrows is a plan she did not help make.]
    ~ pushes = MIN(pushes + 1, 2)
    You pick up her marker and start drawing boxes over her arrows.
    That's my whiteboard. # speaker: buyer # mood: guarded # thought: That's my thinking being rubbed out.
+ [Lay out a three-step plan in under two minutes #move: pitch #path: exemplary #why: Now that she is choosing how, a concise solution is exactly what she wants. Short is a courtesy to this buyer.]
    ~ credit += 1
    Three steps. Score every new account from day one. A setup call in week one for every red account. And no renewal forecast counts an account that isn't set up. # speaker: seller
    She counts the steps on her fingers. # thought: Three steps. I can hold that in my head.
+ [Ask her what she has already tried so far #move: open-probe #path: endless-questions #why: Useful background, but she asked what you would do. With this buyer every question has to earn its place.]
    ~ questions = MIN(questions + 1, 3)
    What have you already tried? # speaker: seller
    Does it matter? # speaker: buyer # mood: frustrated # thought: Another question.
- -> investors

=== investors ===
My investors say I should just hire more customer success managers. # speaker: buyer # clock: 4 # note: She is testing the view against a rival answer. A fresh angle is welcome now; so is disagreeing with her investors, if you can say why.
+ [Say it sounds as if the investors are putting pressure on her #move: reflect #path: endless-questions #why: A mirror, when she asked for a judgement. Reflecting earns little with a buyer who wants a point of view.]
    ~ questions = MIN(questions + 1, 3)
    It sounds like they're putting a lot of pressure on you. # speaker: seller
    That's not a view. # speaker: buyer # mood: frustrated # thought: Nothing there.
+ [Say your platform makes extra hires unnecessary #move: pitch #path: know-it-all #why: A product claim in place of a view on her investors' idea. It answers "buy mine", not "are they right?".]
    Our platform makes extra hires unnecessary. # speaker: seller
    They all say that. # speaker: buyer # thought: Of course it does.
+ [Say more managers won't fix setup: make setup the product's job #move: insight #path: exemplary #why: A new angle that disagrees with her investors and tells her why. This is the kind of insight a decisive buyer is paying for.]
    ~ credit += 1
    More managers will chase the same red accounts by hand. Make setup the product's job: a checklist inside the product, and the score tells people when to step in. # speaker: seller
    So I hire nobody, and the product does the chasing. # speaker: buyer # thought: That's the answer I can take to the board.
- -> money

=== money ===
What's this going to cost me? # speaker: buyer # clock: 3 # note: A direct question about price. One more question from the seller can work here, if it helps her put a value on the answer.
+ [Ask what keeping those at-risk accounts would be worth #move: need-payoff #path: exemplary #why: A need-payoff question gives her the number that makes the price easy to judge, and she states it herself.]
    What would keeping those accounts be worth to you? # speaker: seller
    She does the sum in her head.
    Two million a year, near enough. All right, that one was a fair question. # speaker: buyer # thought: So it's cheap, whatever it costs.
+ [Wait for her to name a budget before you answer #move: listen #path: endless-questions #why: She asked a direct question. Silence here looks like evasion, and she is not going to fill it for you.]
    ~ questions = MIN(questions + 1, 3)
    You wait for her to name a number.
    She waits too, then looks at her watch. # mood: frustrated # thought: Unbelievable.
+ [Give her the price for ninety days straight away #move: price #path: know-it-all #why: Honest and direct, which she likes. But without the value next to it, the number has nothing to be weighed against.]
    Ninety days is sixty thousand. # speaker: seller
    Noted. # speaker: buyer # thought: Is that a lot? Depends what I get.
- -> decision

=== decision ===
{ credit >= 3: If it's that, I can decide today. | I'll think about it. } # speaker: buyer # clock: 2 # note: The seller came to ask who else has a say. A decisive buyer still has a co-founder and a board.
+ [Ask who else has to agree before she commits #move: hard-question #covers: decision #path: exemplary #why: Ask what you came to ask. Even a founder who decides fast has people who can undo a decision.]
    Who else has to agree before you commit? # speaker: seller
    Kofi. And my CFO if it goes over budget, and it won't. # speaker: buyer # thought: Good. They know how decisions die.
    Kofi nods.
+ [Say it is great that she can move so fast #move: reflect #path: endless-questions #why: A compliment and a mirror. It misses the one question that could stop the deal later.]
    ~ questions = MIN(questions + 1, 3)
    It's great that you can move so fast. # speaker: seller
    Mm. # speaker: buyer # thought: Compliments. I have a board call.
+ [Push her to sign before her board call #move: next-step #path: know-it-all #why: A step forward, but pushed. Pressure on a fast decider invites a fast no.]
    Then let's sign before your board call. # speaker: seller
    Let's not. # speaker: buyer # thought: Nobody rushes me but me.
- -> close

=== close ===
Her phone buzzes. The board. # clock: 1
What do you need from me? # speaker: buyer # note: The last ten seconds. What concrete step would this buyer say yes to on the spot?
+ [Say you will send over your standard contract #move: price #path: know-it-all #why: A contract before an agreed start is paperwork in place of a step she can see.]
    I'll send our standard contract over this afternoon. # speaker: seller
+ [Say you will wait to hear from her after the board call #move: listen #path: endless-questions #why: It leaves the next move with a buyer who has just told you she decides fast. A passive close earns nothing.]
    I'll wait to hear from you after the board call. # speaker: seller
+ [Propose a two-week audit of new accounts, from Monday #move: next-step #path: exemplary #why: A concrete start, small enough to say yes to in ten seconds, and built on her own numbers.]
    ~ credit += 1
    Let's start Monday: a two-week audit of last quarter's new accounts, and a setup score on your screen by the end of it. # speaker: seller
- -> ending

=== ending ===
{
- questions >= 3 || pushes >= 2 || credit == 0:
    -> no_sale
- credit == 4 && questions <= 1 && pushes == 0:
    -> order
- credit >= 2 && questions <= 2 && pushes <= 1:
    -> advance
- else:
    -> continuation
}

=== order ===
Monday. Kofi, sort the paperwork. # speaker: buyer # thought: A clear view, three steps, and the right questions. That'll do.
She is on the board call before you have stood up. Kofi walks you to the lift, grinning. # scene: corridor
She bought a point of view. Not a lot of people bring one. # speaker: sponsor
The audit starts Monday. # outcome: order
-> END

=== advance ===
Send me the plan on one page. I'll look at it tonight. # speaker: buyer # thought: Some of that was good. I want to see it written down.
Kofi walks you to the lift. # scene: corridor
One page. She means it. # speaker: sponsor
You leave with a one-page plan to write and a promise that she'll read it. # outcome: advance
-> END

=== continuation ===
Let's stay in touch. # speaker: buyer # thought: Pleasant. I still don't know what they'd do.
Kofi walks you to the lift. # scene: corridor
She liked parts of it. She just didn't hear enough of a view. # speaker: sponsor
Nothing is agreed. # outcome: continuation
-> END

=== no_sale ===
{
- pushes >= 2:
    Thanks. I think we're done. # speaker: buyer # mood: frustrated # thought: Confident about themselves. Not about us.
- else:
    Thanks for coming in. # speaker: buyer # mood: guarded # thought: Twelve minutes of questions. I asked for a view.
}
Kofi walks you to the lift in silence. # scene: corridor
{ pushes >= 2:
    You didn't need to take over the room. She'd have listened to a view. # speaker: sponsor
- else:
    I did tell you she wants a view. # speaker: sponsor
}
A week later Kofi mentions that they have hired someone else. # outcome: no-sale
-> END
