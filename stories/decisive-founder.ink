# path-name: endless-questions The seller who only ever asked questions
# path-name: know-it-all The seller who lectured the founder
# title: The Decisive Founder
# buyer: Sana Iqbal, founder and CEO of Quillhaven
# sponsor: Kofi Mensah, her co-founder, who invited you after hearing you speak
# summary: Sana has twelve minutes before a board call and no patience for a warm-up. She wants a point of view. Listening well is not enough here, and taking charge is still not the answer.
# persona: decisive-founder
# must: pov Tell her plainly what you would do first
# must: decision Ask who else has to agree before she commits

// Sana moves through all three phases in twelve minutes: Phase I while she tests your view of why
// customers leave, Phase II once she sits down and asks how you would fix it, Phase III once she is
// choosing you and weighs the risk and the price. The persona rewards a confident, concise point of
// view; questions without a point and reflecting are worth little to her, and the head of the table
// still costs attunement. Each beat is visited once; all of its choices rejoin at the next beat.
//   misses     beats where the seller missed what that moment needed (capped at 5). Every beat has
//              one answer that fits her; the order needs all ten, an advance at most two misses.
//   questions  moves that hand her a question or a mirror instead of a view (capped at 3)
//   pushes     status plays, lectures and pressure (capped at 2)
//   pov        she has heard your view; proved: her own numbers backed it (without them she takes her
//              investors' answer instead); priced: she heard the price, although Kofi asked you to
//              hold it back
//   sponsor    Kofi's meter (0-5), written by the engine after each choice
VAR phase = 1
VAR sponsor = 3
VAR misses = 0
VAR questions = 0
VAR pushes = 0
VAR pov = false
VAR proved = false
VAR priced = false

-> arrival

=== arrival ===
Quillhaven's office: one open floor, and a glass meeting room with a whiteboard covered in arrows. # scene: glass-room-whiteboard # clock: 12 # present: buyer sponsor
Sana Iqbal is standing at the whiteboard, marker in hand. Kofi Mensah pulls a chair out for you at the side of the table, near her. The chair at the head of the table, facing the glass, is empty. # note: A decisive buyer can tempt a seller to match her energy by taking charge. The chair still says who leads. Let the room vote.
+ [Take the empty chair at the head of the table #move: status-play #seat: head #path: know-it-all #why: Matching a strong buyer with a power seat is still a power seat. It costs attunement, however confident she is.]
    ~ misses = MIN(misses + 1, 5)
    ~ pushes = MIN(pushes + 1, 2)
    You take the head of the table. Sana glances at the chair, then at you.
    Make yourself at home. # speaker: buyer # thought: Bold. We'll see if there's anything behind it.
    Kofi pushes the chair he was holding back under the table.
+ [Take the chair Kofi pulls out, beside her #move: follow-sponsor #seat: offered #path: exemplary #path: endless-questions #why: The sponsor's chair puts you beside the buyer, not above her. Confidence will have to come from what you say.]
    You sit where Kofi shows you, at the side of the table, a step from the whiteboard.
    Kofi gives you a quick thumbs-up. # thought: Fine. Let's get on with it.
+ [Wait for her to say where she would like you #move: listen #why: Polite, but she is not going to organise the furniture for you. It spends a few of her twelve minutes.]
    ~ misses = MIN(misses + 1, 5)
    ~ questions = MIN(questions + 1, 3)
    You wait, coat over your arm.
    Anywhere. Sit. # speaker: buyer # thought: We don't have time for this.
- -> challenge

=== challenge ===
Sana caps the marker.
Kofi says you know churn. We lose one customer in six every year, and it's getting worse. I have twelve minutes. Skip the questions: what would you do? # speaker: buyer # note: This buyer has asked for a point of view in so many words. The counterweight to Bregman: do not overcorrect into pure listening. What would a confident, concise answer sound like?
+ [Ask her first what she thinks is driving the churn #move: open-probe #path: endless-questions #why: A fine opening with most buyers. This one told you in as many words to skip it, and the question hands her own problem back to her.]
    ~ misses = MIN(misses + 1, 5)
    ~ questions = MIN(questions + 1, 3)
    Before I answer, what do you think is driving it? # speaker: seller
    She looks at Kofi, then back at you, and says nothing for a long second. # mood: guarded # thought: I said skip the questions. If I knew, they wouldn't be here.
+ [Run through your firm's churn work and the clients you did it for #move: credentials #path: know-it-all #why: A list of clients is not a view. She asked what you would do here, and heard what you have done elsewhere.]
    ~ misses = MIN(misses + 1, 5)
    ~ pushes = MIN(pushes + 1, 2)
    We've run churn programmes for eleven software firms, including two that are much bigger than you. # speaker: seller
    Sana uncaps the marker again and turns back to the whiteboard while you talk. # mood: guarded # thought: A brochure with legs.
+ [Say you would fix the first month, where most churn starts #move: insight #covers: pov #path: exemplary #why: She asked for a view. A short, confident one, given plainly, respects her time and gives her something to push against.]
    ~ pov = true
    I'd fix the first month. In most software firms your size, the customers who leave are the ones who never finished setting up. # speaker: seller
    She looks at you properly for the first time. # thought: A straight answer. Finally.
- -> pushback

=== pushback ===
{ pov:
    Onboarding? Our onboarding team is the best thing we've got. # speaker: buyer # clock: 9 # thought: Let's see if that view holds. # note: She is testing whether the view survives a push. Folding loses her; arguing loses her too. What would let her own numbers settle it?
- else:
    Still waiting to hear what you'd do. # speaker: buyer # clock: 9 # mood: guarded # thought: Two minutes gone. # note: The buyer has asked twice. There is still time to answer.
}
+ {pov} [Say it sounds as if she is proud of that team #move: reflect #path: endless-questions #why: Accurate, and kind. But she wanted a view, and a mirror is not one. Reflecting is worth little to this buyer.]
    ~ misses = MIN(misses + 1, 5)
    ~ questions = MIN(questions + 1, 3)
    It sounds like you're proud of that team. # speaker: seller
    I am. # speaker: buyer # mood: guarded
    She waits for the rest of the sentence. It doesn't come. # thought: I don't need a therapist. I need a view.
+ {not pov} [Say it sounds as if she is very short of time today #move: reflect #path: endless-questions #why: True, and she knows it. Saying it back spends more of the time she is short of, and she still has no view.]
    ~ misses = MIN(misses + 1, 5)
    ~ questions = MIN(questions + 1, 3)
    It sounds like you're very short of time today. # speaker: seller
    I am. # speaker: buyer # mood: frustrated
    She looks at the clock on the wall, and then at Kofi. # thought: So why are they spending it?
+ {not pov} [Tell her now that you would fix the first month #move: insight #covers: pov #why: A late answer is still an answer, and it recovers some of the ground. But the moment to test it against her numbers has gone.]
    ~ misses = MIN(misses + 1, 5)
    ~ pov = true
    Then here it is: I'd fix the first month. The customers who leave are usually the ones who never finished setting up. # speaker: seller
    Go on. # speaker: buyer # thought: There it is. Why make me wait?
+ [Ask how many accounts that never set up go on to leave #move: implication #path: exemplary #why: One sharp question that holds your view and lets her own numbers make the case. It is a question with a point, not a way of avoiding one.]
    ~ proved = true
    { not pov:
        ~ misses = MIN(misses + 1, 5)
    }
    How many of the accounts that never finish setting up go on to leave you? # speaker: seller
    She turns to Kofi.
    Kofi pulled that last month. A third of new accounts never finish setup. And nearly all our churn comes from that third. # speaker: buyer # thought: Right. I hate that it's right.
+ {pov} [Tell her every founder says that before the numbers come in #move: status-play #path: know-it-all #why: Confidence tipping into condescension. A decisive buyer wants a strong view, not to be put in her place.]
    ~ misses = MIN(misses + 1, 5)
    ~ pushes = MIN(pushes + 1, 2)
    That's what every founder says before they look at the numbers. # speaker: seller
    Kofi winces.
    Is it. # speaker: buyer # mood: frustrated # thought: Who do they think they are?
+ {not pov} [Tell her a real answer needs more than twelve minutes #move: status-play #path: know-it-all #why: Putting the buyer in her place for being in a hurry. She set the terms of the meeting; it is your job to work within them.]
    ~ misses = MIN(misses + 1, 5)
    ~ pushes = MIN(pushes + 1, 2)
    Honestly, a real answer takes more than twelve minutes. # speaker: seller
    Kofi winces.
    Then you'd better start. # speaker: buyer # mood: frustrated # thought: Who do they think they are?
- -> kofi

=== kofi ===
Kofi leans in. # clock: 7
Tell her the idea you mentioned on the phone. The setup score. # speaker: sponsor # note: The sponsor is warm and helpful here. He knows what will land with her.
+ [Tell her Kofi's idea of a setup score on each account #move: follow-sponsor #path: exemplary #why: The sponsor knows the buyer. His cue turns your view into something she can picture.]
    Give every new account a setup score, on the screen your team already looks at every morning. Red means call them this week. # speaker: seller
    Sana writes SETUP SCORE on the whiteboard and underlines it twice. # thought: Simple. I can see it on Monday's screen.
+ [Turn to Kofi and ask what he thinks is going on #move: open-probe #path: endless-questions #why: Another question, this time to the sponsor. Sana is in the room, with seven minutes left.]
    ~ misses = MIN(misses + 1, 5)
    ~ questions = MIN(questions + 1, 3)
    What do you think is going on, Kofi? # speaker: seller
    Sana looks at the clock. Kofi looks at the table. # mood: frustrated # thought: We didn't invite them here to interview us.
+ [Say you would rather show her your own platform first #move: override-sponsor #path: know-it-all #why: The sponsor handed you the idea most likely to land with her. Brushing it aside costs you your ally and the buyer's attention.]
    ~ misses = MIN(misses + 1, 5)
    ~ pushes = MIN(pushes + 1, 2)
    I'd rather show you our platform. It does all that and more. # speaker: seller
    Kofi sits back and folds his arms. # thought: Kofi liked this one. I'm not sure why.
- -> plan

=== plan ===
~ phase = 2
Sana sits down opposite you and puts the marker on the table. # clock: 6
{ proved: Fine. It's setup. Kofi's numbers say so. | Maybe it's setup. Maybe it isn't. } So what would you actually do in the next ninety days? # speaker: buyer # thought: Now show me the fix. # note: Her posture has changed: she is sitting, the marker is down, and she is asking how. The cue says she has moved from "what is wrong" to "how do we fix it".
+ [Find out what she has already tried so far #move: open-probe #path: endless-questions #why: Useful background, but she asked what you would do. With this buyer every question has to earn its place.]
    ~ misses = MIN(misses + 1, 5)
    ~ questions = MIN(questions + 1, 3)
    What have you already tried? # speaker: seller
    A checklist email. Nobody reads it. # speaker: buyer # mood: frustrated # thought: Another question. Six minutes.
+ [Take her marker and draw your plan on the whiteboard #move: status-play #path: know-it-all #why: Taking over her whiteboard takes over her meeting. A plan drawn over her arrows is a plan she did not help make.]
    ~ misses = MIN(misses + 1, 5)
    ~ pushes = MIN(pushes + 1, 2)
    You pick up her marker and start drawing boxes over her arrows.
    Sana watches her arrows disappear under your boxes, and says nothing. # mood: guarded # thought: That's my thinking being rubbed out.
+ [Tell her your three-step plan, in under two minutes #move: pitch #path: exemplary #why: Now that she is choosing how, a concise solution is exactly what she wants. Short is a courtesy to this buyer.]
    Three steps. Score every new account from day one. A setup call in week one for every red account. And no renewal forecast counts an account that isn't set up. # speaker: seller
    She counts the steps on her fingers. # thought: Three steps. I can hold that in my head.
- -> investors

=== investors ===
My investors say I should just hire more customer success managers. # speaker: buyer # clock: 5 # note: She is testing the view against a rival answer. A fresh angle is welcome now; so is disagreeing with her investors, if you can say why.
+ [Say more managers won't fix setup: make setup the product's job #move: insight #path: exemplary #why: A new angle that disagrees with her investors and tells her why. This is the kind of insight a decisive buyer is paying for.]
    More managers will chase the same red accounts by hand. Make setup the product's job: a checklist inside the product, and the score tells people when to step in. # speaker: seller
    So I hire nobody, and the product does the chasing. # speaker: buyer # thought: That's the answer I can take to the board.
+ [Say it sounds as if her investors are leaning on her #move: reflect #path: endless-questions #why: A mirror, when she asked for a judgement. Reflecting earns little with a buyer who wants a point of view.]
    ~ misses = MIN(misses + 1, 5)
    ~ questions = MIN(questions + 1, 3)
    It sounds like they're putting a lot of pressure on you. # speaker: seller
    Sana lets the silence run, then checks her phone. # mood: frustrated # thought: Nothing there.
+ [Say your platform makes the extra hires unnecessary #move: pitch #path: know-it-all #why: A product claim in place of a view on her investors' idea. It answers "buy mine", not "are they right?".]
    ~ misses = MIN(misses + 1, 5)
    Our platform makes extra hires unnecessary. # speaker: seller
    Of course it does. # speaker: buyer # thought: They all say that.
- -> risk

=== risk ===
~ phase = 3
Sana leans back. # clock: 4
Say I back you. If this doesn't work, I've burned a quarter, and my investors get to say they told me so. # speaker: buyer # thought: I like it. Now, what if I'm wrong? # note: She is choosing you and has moved to the risk of choosing. What would make it safe for her to say yes quickly?
+ [Ask what another quarter of churn would cost her #move: implication #path: endless-questions #why: Earlier this question would have sized the problem. Now she has accepted the problem and asked about risk; the question reads as pressure.]
    ~ misses = MIN(misses + 1, 5)
    ~ questions = MIN(questions + 1, 3)
    What would another quarter of churn cost you? # speaker: seller
    I know what it costs. # speaker: buyer # mood: guarded # thought: That's pressure, not an answer.
+ [Tell her about the eleven firms where your approach has worked #move: credentials #path: know-it-all #why: A fair answer to "is this partner safe?", but it is your record, not her safety net. She asked what happens to her if it fails.]
    ~ misses = MIN(misses + 1, 5)
    Eleven firms, and every one of them cut churn in the first year. # speaker: seller
    Good for them. # speaker: buyer # thought: And if I'm number twelve and it doesn't?
+ [Offer a stop point: after two weeks she can walk away #move: address-risk #path: exemplary #why: A concrete answer to the risk she named: a small first step with a clear exit, so saying yes costs her little if you are wrong.]
    Then don't back the quarter. Back two weeks. We audit last quarter's new accounts; if the score doesn't pick out the ones who left, you stop there and owe us for two weeks. # speaker: seller
    She almost smiles. # thought: A way out. That's what the investors will ask about.
- -> money

=== money ===
What's this going to cost me? # speaker: buyer # clock: 3
Kofi leans towards you and says it quietly.
Send her the number later. She'll fixate on it. # speaker: sponsor # note: The sponsor's advice has been good all meeting. Is it good now? She asked a direct question about price, and she is deciding.
+ [Hold the price back for now, as Kofi suggests #move: follow-sponsor #why: Kofi means well, and in a first meeting he would be right. But she is deciding now and asked a direct question; a dodge looks like a big number.]
    ~ misses = MIN(misses + 1, 5)
    I'll send you the figures this afternoon, once I've sized it properly. # speaker: seller
    Sana looks from you to Kofi and back. # mood: guarded # thought: If they won't say it, it's big.
+ [Give her the price for the two weeks and the ninety days #move: price #path: exemplary #path: know-it-all #why: She is in Phase III and asked directly. The price, plainly, with what it buys, is what she needs to decide; holding it back would look evasive.]
    ~ priced = true
    Eight thousand for the two-week audit. If you go on, sixty thousand for the ninety days, and the audit counts towards it. # speaker: seller
    Kofi winces, then relaxes when Sana nods.
    Eight, then sixty. # speaker: buyer # thought: Clear. Small enough to try, and I know the rest.
+ [Ask what keeping those at-risk accounts would be worth to her #move: need-payoff #path: endless-questions #why: A good question before the price in most meetings. She has already decided it is worth fixing, and now she hears a question where she asked for a number.]
    ~ misses = MIN(misses + 1, 5)
    ~ questions = MIN(questions + 1, 3)
    What would keeping those accounts be worth to you? # speaker: seller
    She does the sum in her head anyway. # mood: guarded
    Two million a year, near enough. And the price? # speaker: buyer # thought: Another question where I asked for a number.
- -> decision

=== decision ===
{ misses <= 2: If it's that, I can decide today. | I'll think about it. } # speaker: buyer # clock: 2 # note: The seller came to ask who else has a say. A decisive buyer still has a co-founder and a board.
+ [Say it is great that she can move so fast #move: reflect #path: endless-questions #why: A compliment and a mirror. It misses the one question that could stop the deal later.]
    ~ misses = MIN(misses + 1, 5)
    ~ questions = MIN(questions + 1, 3)
    It's great that you can move so fast. # speaker: seller
    Mm. # speaker: buyer # thought: Compliments. I have a board call.
+ [Ask who else must say yes for this to go ahead #move: hard-question #covers: decision #path: exemplary #why: Ask what you came to ask. Even a founder who decides fast has people who can undo a decision.]
    Who else has to say yes for this to go ahead? # speaker: seller
    Kofi. And my CFO if it goes over budget{ priced: , and at that price it won't|}. # speaker: buyer # thought: Good. They know how decisions die.
    Kofi nods.
+ [Press her to sign today, before her board call #move: next-step #path: know-it-all #why: A step forward, but pushed. Pressure on a fast decider invites a fast no.]
    ~ misses = MIN(misses + 1, 5)
    ~ pushes = MIN(pushes + 1, 2)
    Then let's sign before your board call. # speaker: seller
    Sana stands up and collects her phone. # mood: guarded # thought: Nobody rushes me but me.
- -> close

=== close ===
Her phone buzzes. The board. # clock: 1
What do you need from me? # speaker: buyer # note: The last ten seconds. What would this buyer say yes to on the spot? Rackham: an order or an advance is a commitment from her, not a promise from you.
+ [Ask her to approve the two-week audit from Monday #move: next-step #path: exemplary #why: A concrete start, small enough to say yes to in ten seconds, and built on her own numbers. It asks her for a commitment, here and now.]
    Say yes to the two-week audit, and we start Monday with last quarter's new accounts. # speaker: seller
+ [Say you will send over your standard contract this afternoon #move: price #path: know-it-all #why: A contract before an agreed start is paperwork in place of a step she can see, and it asks nothing of her today.]
    ~ misses = MIN(misses + 1, 5)
    I'll send our standard contract over this afternoon. # speaker: seller
    Sana is already reaching for the phone. # thought: Paperwork. I'll look at it when I look at it.
+ [Say you will wait to hear from her after the board call #move: listen #path: endless-questions #why: It leaves the next move with a buyer who has just told you she decides fast. A passive close earns nothing.]
    ~ misses = MIN(misses + 1, 5)
    I'll wait to hear from you after the board call. # speaker: seller
    Sana nods, already reaching for the phone. # thought: They'll wait. Everyone waits.
- -> ending

=== ending ===
{
- questions >= 3 || pushes >= 2 || not proved || misses >= 5:
    -> no_sale
- misses == 0:
    -> order
- misses <= 2 && questions <= 1 && pushes <= 1:
    -> advance
- else:
    -> continuation
}

=== order ===
Yes. Eight thousand for the two weeks, and if the score works we go to the ninety days. Kofi, sign it off today. # speaker: buyer # thought: A clear view, a way out, a price, and the right questions. That'll do.
She is on the board call before you have stood up. Kofi walks you to the lift. # scene: corridor
{ priced:
    I'd have held the price back. She'd have hated that. # speaker: sponsor
}
{ sponsor >= 4: He is grinning. | He shakes your hand at the lift. }
She bought a point of view, at a price she heard in the room. Not a lot of people bring both. # speaker: sponsor
The audit is signed off and starts Monday. # outcome: order
-> END

=== advance ===
{ priced: I'm not signing anything today. | I'm not signing anything today, and I still don't know what it costs. } Kofi, put an hour with them in my diary for Thursday. Bring it on one page. # speaker: buyer # thought: Some of that was good. I want to see it written down.
Kofi books Thursday at nine before you reach the lift. # scene: lift-lobby # present: sponsor
{ sponsor >= 4:
    One page. She means it. # speaker: sponsor
- else:
    One page, and she'll read it. # speaker: sponsor
}
You leave with Thursday at nine in her diary, to take her through the plan. # outcome: advance
-> END

=== continuation ===
Let's stay in touch. # speaker: buyer # thought: Parts of it were good. I'm not ready to commit to anything.
Kofi walks you to the lift. # scene: lift-lobby # present: sponsor
{ sponsor >= 4:
    She liked parts of it. Give it a few weeks. # speaker: sponsor
- else:
    Give it a few weeks. # speaker: sponsor
}
Nothing is agreed. # outcome: continuation
-> END

=== no_sale ===
{
- pushes >= 2:
    Thanks. I think we're done. # speaker: buyer # mood: frustrated # thought: Confident about themselves. Not about us.
- questions >= 3 && pov:
    Thanks for coming in. # speaker: buyer # mood: guarded # thought: Question after question. The view came, but it came late and alone.
- questions >= 3:
    Thanks for coming in. # speaker: buyer # mood: guarded # thought: Twelve minutes of questions. I asked for a view.
- not proved:
    Thanks. I think I'll go with my investors on this one. # speaker: buyer # mood: guarded # thought: Their view against my investors', and nothing of mine to settle it.
- else:
    Thanks for coming in. # speaker: buyer # mood: guarded # thought: Not enough there to act on.
}
Kofi walks you to the lift in silence. # scene: lift-lobby # present: sponsor
{
- pushes >= 2:
    You didn't need to take over the room. She'd have listened to a view. # speaker: sponsor
- questions >= 3:
    I did tell you she wants a view. # speaker: sponsor
- not proved:
    The numbers were in my report. One question would have put them on the table. # speaker: sponsor
- else:
    Maybe next time. # speaker: sponsor
}
{ not proved && pushes < 2 && questions < 3:
    A week later Kofi mentions that they have hired two more customer success managers. # outcome: no-sale
- else:
    A week later Kofi mentions that they have hired someone else. # outcome: no-sale
}
-> END
