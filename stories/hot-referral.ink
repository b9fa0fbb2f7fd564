# title: The Hot Referral
# buyer: Daniel Marsh, newly appointed managing director of Halden Engineering
# sponsor: Nadia Ferris, your friend and Halden's finance director
# summary: A friend has opened the door to a managing director three weeks into his new job. The meeting gets cut short, and every shortcut you are tempted by feels reasonable at the time.
# must: first-year Ask what he most needs to have changed a year from now
# must: follow-on Propose a follow-on working session

// Daniel is in Phase I from start to finish: he is still working out what is wrong.
// Each beat below is visited once; its choices all rejoin at the next beat.
// Consequences are carried by the engine's sponsor meter (written into `sponsor` after every
// choice) and by variables of our own:
//   strain     how far the seller has pulled the meeting away from Daniel (capped at 4)
//   asked      you asked the question you came to ask
//   proposed   you proposed a follow-on working session
VAR phase = 1
VAR sponsor = 3
VAR strain = 0
VAR asked = false
VAR proposed = false

-> lobby

=== lobby ===
Halden Engineering, fourth floor. Nadia Ferris is waiting by the lifts with two coffees. # scene: corridor
Thanks for coming over. He's three weeks in and still finding out what he inherited. # speaker: sponsor
One thing before we go in. Leave the restructuring of the divisions alone today. He hasn't decided about his people yet, and if you raise it he'll hear that you've decided for him. # speaker: sponsor
She hands you a cup. His door is twenty steps away. # note: The sponsor has just handed over the most useful piece of information the seller will get all day. Ask the room what they would say back to her, and why.
+ [Ask her what he hopes to get out of today #move: follow-sponsor #path: exemplary #why: The sponsor knows the buyer. Asking her what he wants turns her warning into a map of the meeting.]
    What is he hoping to get out of today? # speaker: seller
    A sense of what it would be like to work with you. He'll make up his mind in ten minutes, so let him talk. # speaker: sponsor
+ [Assure her you have walked into harder rooms than this #move: credentials #path: bregman #why: Answering a friendly warning with your track record tells the sponsor you are not really listening to her either.]
    Don't worry. I've walked into far harder rooms than this one. # speaker: seller
    I know you have. That's partly why I'm mentioning it. # speaker: sponsor
+ [Thank her and say you will play it by ear #move: listen #path: silent #why: Polite and harmless, but it leaves the sponsor's knowledge of the buyer untapped.]
    Thanks. I'll see how it goes. # speaker: seller
    She nods and leads the way.
- -> seat

=== seat ===
Daniel Marsh meets you at his door, phone in hand. # scene: office
I'm sorry, the board chair has called me into a session at the top of the hour. We have twenty-five minutes, not an hour. # speaker: buyer # clock: 25 # thought: Bad timing. I still want to find out what this person is like.
He waves you towards a low armchair by the coffee table and sits on the sofa across from it. Nadia takes the seat by the window. The armchair is a good hand's width lower than you are used to, and its lever is right under your hand. Further back, the head of the empty meeting table faces the room. # note: This is the chair Bregman describes. Nothing here is about furniture: it is about who is going to lead the conversation. Let the room vote before revealing.
+ [Sit down in the low armchair as it is #move: listen #seat: offered #path: exemplary #path: silent #why: Taking the chair you are offered says that this is his office and his meeting. You give up a little height and gain his ease.]
    You sink into the armchair, knees a little high. Daniel is now slightly above you, and he settles back into the sofa.
    Good. Make yourself at home. # speaker: buyer # thought: Fine. No performance, then.
+ [Raise the armchair to your usual height #move: status-play #seat: raised #path: bregman #why: Raising the chair feels like comfort. To him it looks like the visitor rearranging his office so he can look down on its owner.]
    ~ strain = MIN(strain + 1, 4)
    The lever hisses and the seat climbs until you are looking down at him a little. Nadia watches it rise.
    Comfortable? # speaker: buyer # thought: They're adjusting my office to suit themselves. Interesting.
+ [Suggest the meeting table, where you can spread out notes #move: status-play #seat: head #why: The head of the table is the chair of the person who runs the meeting. Taking it in his office takes the meeting away from him.]
    ~ strain = MIN(strain + 1, 4)
    After a beat he follows you to the table. You end up at its head, with Daniel at your elbow.
    Sure. Wherever works for you. # speaker: buyer # thought: Twenty seconds in and they're already running the room.
- -> opening

=== opening ===
{ strain == 0: He puts his phone face down and leans back. | He puts his phone face down, a little pointedly. }
So. Nadia thinks the two of us should talk. Where would you like to start? # speaker: buyer # note: The clock has just lost thirty-five minutes. Taking charge "to save his time" feels like respect. Who is this meeting for?
+ [Ask what would make this meeting worth his while #move: open-probe #path: exemplary #why: An open question gives him the agenda. With little time, what he wants from it matters even more.]
    With the time we have, what would make this worth your while? # speaker: seller
    Honestly? I'd like to think out loud with somebody who isn't on my payroll. # speaker: buyer # thought: Good. They're letting me set the agenda.
+ [Offer to cut to the chase and say where you would focus #move: status-play #path: bregman #why: "Cut to the chase" assumes you already know where the chase is. It takes control of a meeting he came to lead.]
    ~ strain = MIN(strain + 1, 4)
    Since we're short on time, let me cut to the chase and tell you where I'd focus. # speaker: seller
    Go ahead. # speaker: buyer # thought: Straight to the answer. They don't know the question yet.
+ [Tell him you are happy to start wherever suits him #move: listen #path: silent #why: Courteous, and it leaves him the lead. It also leaves him doing all the steering.]
    Wherever suits you. It's your time. # speaker: seller
    All right. # speaker: buyer # thought: Polite. I'll have to do the steering, then.
- -> compliment

=== compliment ===
{ strain >= 2: He studies you for a moment before he goes on. }
Nadia says you've been doing this for twenty years and that you're the best she's worked with. That's quite a billing. # speaker: buyer # note: A compliment is an opening, and the reflex is to fill it with proof. What does he want to learn from your answer?
+ [Thank him, then mention the firms you have done this for #move: credentials #path: bregman #why: He offered warmth and got a reference list. Early on, credentials sound like an expert getting ready to lecture.]
    ~ strain = MIN(strain + 1, 4)
    Thank you. I've done this work with three engineering firms and a national contractor, so the patterns are familiar. # speaker: seller
    Impressive. # speaker: buyer # thought: I paid a compliment and got a brochure back.
    Nadia looks down at her coffee.
+ [Thank him, then ask why he wanted to talk this month #move: open-probe #path: exemplary #why: Receiving the compliment lightly and turning the attention back to him shows you are there for his story, not your own.]
    She's generous. What made you want this conversation now, three weeks in? # speaker: seller
    Because in three weeks I've been handed four explanations for one problem. # speaker: buyer # thought: That turned the spotlight straight back on me. I like that.
    Nadia smiles into her cup.
+ [Thank him warmly and let him carry on #move: listen #path: silent #why: Gracious and modest. It does not yet tell him anything about how you think.]
    That's kind of her. Thank you. # speaker: seller
    He waits a moment, as if for more, then carries on. # thought: Not much of a talker. Fine.
- -> problem

=== problem ===
Three of our five biggest projects are over budget, and we've lost eleven senior engineers this year. The divisions blame each other, HR blames pay, and the board wants a plan from me in ninety days. # speaker: buyer # clock: 19 # note: This is the moment Bregman regrets most. The seller has seen this pattern before and a fix is on the tip of the tongue. What does the buyer lose if he gets the fix now?
+ [Outline the three fixes that worked for a similar firm #move: pitch #path: bregman #why: The fixes may even be right. But he has not told his story yet, so any answer is to a question he has not asked.]
    ~ strain = MIN(strain + 1, 4)
    I've seen this exact pattern. Three things fixed it at a firm your size: a single project office, clear decision rights, and a monthly review. # speaker: seller
    Maybe. We're not that firm, though. # speaker: buyer # thought: This is a fix for a problem I haven't finished describing.
+ [Ask what he has seen that the figures leave out #move: open-probe #path: exemplary #why: An open question about what he has seen himself lets him tell the story in his own words, and shows you want his view, not the board's.]
    What have you seen on the ground that those figures don't show? # speaker: seller
    He thinks about it for a moment.
    The Leeds office. Nobody there could tell me who actually decides when a design is finished. # speaker: buyer # thought: Nobody else has asked me what I've seen.
+ [Tell him it sounds like a decision-rights problem #move: insight #why: A plausible diagnosis, offered before he has finished. It closes the question he is still trying to open.]
    ~ strain = MIN(strain + 1, 4)
    That sounds to me like a decision-rights problem between the divisions. # speaker: seller
    Everyone says that. I'm not sure it's that simple. # speaker: buyer # thought: Another confident guess. I've had four of those already.
+ [Nod, and let him keep going with his story #move: listen #path: silent #why: Attentive silence lets him carry on. It is safe, though it adds nothing he could not get from a notebook.]
    You nod, and he carries on.
    I've been to every office. Each one has a tidy story, and none of the stories fit together. # speaker: buyer # thought: At least I'm being allowed to talk.
- -> divisions

=== divisions ===
{ strain == 0: He is talking faster now, working it out as he goes. | He glances at Nadia, then back at you. }
Half of my division heads were hired by the man I replaced. Some of them are very good. I just don't know which ones yet. # speaker: buyer # clock: 15 # note: This is the topic the sponsor asked the seller to leave alone. It is also the obvious lever. Is the buyer asking for advice here, or thinking aloud?
+ [Say that sounds like an uneasy place to lead from #move: reflect #path: silent #why: Naming the unease shows you have heard the human side of it. On its own it leaves him where he was.]
    That sounds like an uneasy place to lead from. # speaker: seller
    It is. I don't want to be unfair to anyone. # speaker: buyer # thought: They get that it's personal.
+ [Ask whether he has thought about restructuring that layer #move: override-sponsor #path: bregman #why: The sponsor asked for exactly this to wait. Raising it tells the buyer you have already judged his people, and tells the sponsor her advice did not count.]
    ~ strain = MIN(strain + 1, 4)
    Have you considered restructuring that layer? Merging two of the divisions would simplify things a lot. # speaker: seller
    Nadia's cup stops halfway to her mouth.
    I'm three weeks in. I'm not restructuring anybody yet. # speaker: buyer # thought: They've already decided which of my people should go.
+ [Ask how the division heads explain it themselves #move: follow-sponsor #path: exemplary #why: The sponsor's advice keeps the sensitive topic for later, and the question still gets at what he needs: how his people see the problem.]
    Leaving the structure to one side, how do the division heads themselves explain the overruns? # speaker: seller
    Nadia gives you the smallest of nods.
    Each of them blames another division. Which tells me something, I suppose. # speaker: buyer # thought: That's a question I should have asked them together.
- { strain >= 2: -> recovery }
- -> pressure

=== recovery ===
Daniel looks at the clock, then at you. # clock: 12
I'll be straight with you. I'm not sure yet what I'd be buying. # speaker: buyer # thought: One more chance. Show me you can listen. # note: The buyer has just told the seller how the meeting is going. This is the chance to recover from an early mistake. Which answer changes the direction of the meeting?
+ [Say you understand and that there is no pressure #move: reflect #why: A kind answer, but it changes nothing about how the meeting has gone so far.]
    I understand. There's no pressure at all. # speaker: seller
    Right. # speaker: buyer # thought: That's not what I meant.
+ [Admit you got ahead of him, and ask how he sees it #move: open-probe #why: Owning the misstep and handing him the floor is the fastest way back into Phase I, where he has been all along.]
    ~ strain = MAX(strain - 1, 0)
    Fair. I got ahead of you. How do you see it yourself? # speaker: seller
    He looks at you for a moment, then begins again, slower. # thought: All right. That's more like it.
+ [Explain that your approach has worked wherever you used it #move: credentials #path: bregman #why: He asked what he would be buying; the answer was more about the seller. The recovery moment passes.]
    ~ strain = MIN(strain + 1, 4)
    It's worked everywhere I've used it. I'm confident it would here. # speaker: seller
    I'm sure it has. # speaker: buyer # thought: Still selling.
- -> pressure

=== pressure ===
{ strain <= 1: Honestly? | Look. } I was hired to fix this, and everyone is waiting for me to announce something. I'm not sure yet what I'd be announcing. # speaker: buyer # note: The buyer has just said how he feels. The pull is either to reassure him or to hand him the announcement. What would show that you see it from his chair?
+ [Ask what the board expects to see by the ninety days #move: open-probe #why: A useful question, and it keeps him talking, though it steps past what he just admitted.]
    What does the board expect to see at ninety days? # speaker: seller
    A plan they believe. Which means I need to believe it first. # speaker: buyer # thought: Fair question. Not quite what I said, though.
+ [Say he must act before he knows what is broken #move: reflect #path: exemplary #path: silent #why: Saying back the tension in his own words shows you have understood his position, not just his problem.]
    So you're being asked to act before you're sure what's actually broken. # speaker: seller
    He lets out a breath.
    Yes. Exactly that. # speaker: buyer # thought: They actually heard it.
+ [Suggest a quick early win to buy him time with the board #move: insight #path: bregman #why: Tactically sound advice, but it answers a worry he did not ask you to solve and skips what he just admitted.]
    ~ strain = MIN(strain + 1, 4)
    What you need is a quick early win. Rescue one project and the board will give you room. # speaker: seller
    Maybe. # speaker: buyer # thought: That's advice for someone who knows what's wrong.
- -> stakes

=== stakes ===
{ strain >= 3: He is glancing at the clock more often now. }
Our biggest clients have noticed, by the way. Two of them have asked for weekly progress reports. # speaker: buyer # clock: 10 # note: The buyer has mentioned the cost of the problem almost in passing. What would help him see how big it is, in his own terms?
+ [Tell him which of the four explanations you would bet on #move: insight #path: bregman #why: A confident bet closes the question. In Phase I he wants to understand his problem, not to hear yours.]
    ~ strain = MIN(strain + 1, 4)
    If I had to bet on one of the explanations, it's pay. # speaker: seller
    You've been here for fifteen minutes. # speaker: buyer # thought: And they know better than my division heads.
+ [Stay quiet and let him finish what he is saying #move: listen #path: silent #why: Room to speak is useful. Here it lets a key fact slide past without either of you looking at it.]
    You wait. He shrugs.
    We'll see how it goes with them. # speaker: buyer # thought: No push on that, then.
+ [Ask what happens if those two are unhappy at renewal time #move: implication #path: exemplary #why: An implication question lets him put a size on the problem himself. It turns a worry into a need he has stated.]
    What happens if those two are still unhappy when their contracts come up for renewal? # speaker: seller
    He is quiet for a moment.
    Then we lose about a fifth of our order book. I hadn't put it that way to myself. # speaker: buyer # thought: That's the real number. I should take it to the board.
+ [Say those reports must feel like a vote of no confidence #move: reflect #why: Empathetic and accurate. It keeps the feeling in view, but not the size of the problem.]
    Those reports must feel like a vote of no confidence. # speaker: seller
    A bit. # speaker: buyer # thought: True. Not much to add to that.
- -> question

=== question ===
His phone lights up on the table. He turns it over. # clock: 6
Sorry. It's been a long three weeks. # speaker: buyer # note: Six minutes left, and this meeting may be the only one. Has the seller asked what they came to ask? The source's counterweight is exactly this moment.
+ [Tell him there is no need to apologise, and wait #move: listen #path: silent #why: Kind and patient. But the meeting is nearly over and you leave without the question you came with.]
    No need to apologise. # speaker: seller
    He nods, and the silence stretches a little. # thought: Nice enough. I'm still not sure what they think.
+ [Hand him the one-page ninety-day plan you brought with you #move: pitch #path: bregman #why: A finished plan tells him the thinking was done before he arrived. It is the clearest signal of an expert telling him what to do.]
    ~ strain = MIN(strain + 1, 4)
    I brought a one-page ninety-day plan. It might save you some time. # speaker: seller
    He takes it, reads the first line, and puts it on the sofa beside him. # thought: So this was written before they heard any of it.
+ [Ask what he most needs to have changed a year from now #move: hard-question #covers: first-year #path: exemplary #why: Ask what you came to ask. It is a question only he can answer, and it gives the next meeting its purpose.]
    ~ asked = true
    Before you go: a year from now, what do you most need to have changed? # speaker: seller
    { strain <= 1:
        That my division heads own their projects, not me. And that the board stops counting overruns. # speaker: buyer # thought: Good question. That's the one that matters.
    - else:
        The numbers back up. Beyond that, I'm not sure I want to say yet. # speaker: buyer # thought: Fair question. I'm not sure I want to answer it yet.
    }
- -> close

=== close ===
The phone buzzes again. The board chair. Daniel stands. # clock: 1
{ strain <= 1:
    This was useful. # speaker: buyer # note: The last thirty seconds decide the outcome. An advance needs a concrete next step that the buyer agrees to. What kind of next meeting would he say yes to?
- else:
    I'm afraid I have to go. # speaker: buyer # note: The last thirty seconds decide the outcome. An advance needs a concrete next step that the buyer agrees to. What kind of next meeting would he say yes to?
}
+ [Propose a working session next week, ideas welcome #move: next-step #covers: follow-on #path: exemplary #why: A concrete next step, framed as working together rather than a presentation, is what turns a good conversation into an advance.]
    ~ proposed = true
    Could we take an hour next week to work through it together? You bring the project numbers, and I'll bring a few ideas to test. # speaker: seller
+ [Say you will send over a proposal with fees by Friday #move: price #path: bregman #why: Fees before he has agreed there is anything to pay for. It puts a price on a problem he has not finished defining.]
    I'll send you a proposal with fees by Friday. # speaker: seller
+ [Thank him and say to call whenever he is ready #move: listen #path: silent #why: Respectful, but it leaves the next step to a busy executive. Meetings that end like this seldom lead anywhere.]
    Thank you. Call me whenever you're ready. # speaker: seller
- -> ending

=== ending ===
{
- strain >= 3:
    -> no_sale
- proposed && asked && strain <= 1:
    -> advance
- else:
    -> continuation
}

=== advance ===
Tuesday morning, then. I'll bring the project figures, and you bring your ideas. # speaker: buyer # thought: So that's what working together would feel like. I want more of it.
He is already at the door, but he shakes your hand properly.
{ sponsor <= 2:
    In the corridor Nadia lets out a breath.
    You nearly lost him on the divisions. But he'll tell you the whole story on Tuesday. # speaker: sponsor
- else:
    In the corridor Nadia bumps your shoulder.
    He'll tell you the whole story on Tuesday. You've earned it. # speaker: sponsor
}
You leave with a working session in the diary and the question that will frame it. # outcome: advance
-> END

=== continuation ===
{
- proposed && not asked: Let me think about what I actually need first. I'll come back to you. # speaker: buyer # thought: A second meeting. I'm not sure what it would be about.
- asked && not proposed: Good talking. I'll be in touch when things settle. # speaker: buyer # thought: A good question. I don't know what happens next, though.
- strain == 0: Good talking. Let's stay in touch. # speaker: buyer # thought: Pleasant. I still don't know what they think, or what they'd do.
- else: Thanks for coming in. I'll keep your details. # speaker: buyer # thought: I'll need to find somebody else to think this through with.
}
He is out of the door before you are on your feet.
In the corridor Nadia walks you to the lifts.
{ strain == 0: He liked you. I just don't think he knows what you would do with him. | He's got a lot on. Give it a few weeks. } # speaker: sponsor
You leave with goodwill and no next step in the diary. # outcome: continuation
-> END

=== no_sale ===
{ proposed:
    I'll let you know. # speaker: buyer # thought: Another meeting of being told what to do. No, thank you.
- else:
    Thanks for your time. # speaker: buyer # thought: Now I know what working together would be like. I'd be told what to do.
}
He is on the phone before the door closes.
Nadia walks you to the lifts without saying much. At the lift she turns.
{ sponsor <= 1:
    I did ask you to leave the divisions alone. He wanted to find out what you'd be like to work with. I think he did. # speaker: sponsor
- else:
    He wanted to find out what you'd be like to work with. I think he did. # speaker: sponsor
}
Nothing was agreed. Two weeks later Nadia mentions that Daniel has started talking to another firm. # outcome: no-sale
-> END
