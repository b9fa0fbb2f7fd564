# path-name: bregman The seller who cut to the chase, as in Bregman's story
# title: The Hot Referral
# buyer: Daniel Marsh, newly appointed managing director of Halden Engineering
# sponsor: Nadia Ferris, your friend and Halden's finance director
# summary: A friend has opened the door to a managing director three weeks into his new job. The meeting gets cut short, and every shortcut you are tempted by feels reasonable at the time.
# persona: new-in-role
# must: first-year Ask what he most needs to have changed a year from now
# must: follow-on Propose a follow-on working session

// Daniel is in Phase I from start to finish: he is still working out what is wrong, and he wants to
// learn what working with this seller would feel like. Each beat is visited once; its choices rejoin
// at the next beat. The engine writes the sponsor meter into `sponsor` after every choice; the story
// keeps its own variables:
//   strain   how far the seller has pulled the meeting away from Daniel (capped at 4). At 2 he says
//            so (recovery); at 3 he cuts the meeting short and there is no sale.
//   broken   the seller found out what is broken (Leeds: nobody owns the sign-off)
//   sized    Daniel put a size on the problem himself (a fifth of the order book)
//   idea     the seller offered a tentative idea built on Daniel's own words
//   asked    the seller asked the year question
//   proposed the seller proposed a follow-on working session
//   waited   the seller left the next step to Daniel, as Nadia advised
//   raised   the seller raised the restructuring Nadia asked them to leave alone
//   answered the seller offered a fix or a diagnosis of their own before Daniel had told his story
// The advance needs broken, sized, idea and proposed, with strain at most 1: Daniel agrees to a
// working session only when he has seen the seller understand his problem and think with him.
VAR phase = 1
VAR sponsor = 3
VAR strain = 0
VAR broken = false
VAR sized = false
VAR idea = false
VAR asked = false
VAR proposed = false
VAR waited = false
VAR raised = false
VAR answered = false

-> lobby

=== lobby ===
Halden Engineering, fourth floor. Nadia Ferris is waiting by the lifts with two coffees. # scene: lift-lobby # present: sponsor
Thanks for coming over. He's three weeks in and still finding out what he inherited. # speaker: sponsor
Two things before we go in. Leave the restructuring of the divisions alone today. He hasn't decided about his people yet, and if you raise it he'll hear that you've decided for him. # speaker: sponsor
And don't chase him for a second meeting. Half the consultancies in town have tried that this month. # speaker: sponsor
She hands you a cup. His door is twenty steps away. # note: The sponsor has just handed over the most useful information the seller will get all day, and one piece of it will pull against what the seller came to do. Ask the room what they would say back to her, and why.
+ [Ask her which heads he most needs to replace #move: override-sponsor #why: She has just asked you to leave his people alone, and the first thing you do is open that topic with her. It tells her the warning did not land.]
    Which of the division heads do you think he'll replace? # speaker: seller
    Nadia looks at you over her cup for a moment, and the smile goes out of her face.
    Ask him about the projects. # speaker: sponsor
+ [Ask Nadia what Daniel is hoping to get from today #move: follow-sponsor #path: exemplary #path: bregman #why: The sponsor knows the buyer. Asking her what he wants turns her warning into a map of the meeting.]
    What is he hoping to get out of today? # speaker: seller
    A sense of what it would be like to work with you. He'll make up his mind in ten minutes, so let him talk. # speaker: sponsor
+ [Tell her you have walked into far harder rooms than his #move: credentials #why: Answering a friendly warning with your track record tells the sponsor you are not really listening to her either.]
    Don't worry. I've walked into far harder rooms than this one. # speaker: seller
    I know you have. # speaker: sponsor
    She says nothing more, and leads the way.
- -> seat

=== seat ===
Daniel Marsh meets you at his door, phone in hand. # scene: office-sofa # present: buyer sponsor
I'm sorry, the board chair has called me into a session at the top of the hour. We have twenty-five minutes, not an hour. # speaker: buyer # clock: 25 # thought: Bad timing. I still want to find out what this person is like.
He waves you towards a low armchair by the coffee table and sits on the sofa across from it. Nadia takes the seat by the window. The armchair is a good hand's width lower than you are used to, and its lever is right under your hand. Further back, the head of the empty meeting table faces the room. # note: This is the chair Bregman describes. Nothing here is about furniture: it is about who is going to lead the conversation. Raising the chair is a small vanity; taking the head of the table takes the meeting. Let the room vote before revealing.
+ [Raise the armchair to your usual height #move: status-play #attune: -1 #seat: raised #path: bregman #why: Raising the chair feels like comfort. To him it looks like the visitor adjusting his office to suit themselves. A small thing, but he notices it.]
    ~ strain = MIN(strain + 1, 4)
    The lever hisses and the seat climbs until you are looking down at him a little. Nadia watches it rise.
    Comfortable? # speaker: buyer # thought: They're adjusting my office to suit themselves. Interesting.
+ [Suggest the meeting table, and take the chair at its head #move: status-play #seat: head #why: The head of the table is the chair of the person who runs the meeting. Taking it in his office takes the meeting away from him.]
    ~ strain = MIN(strain + 2, 4)
    Could we use the table? I'd like to spread out some notes. # speaker: seller
    After a beat he follows you to the table. You end up at its head, with Daniel at your elbow and Nadia further down. # scene: office # present: buyer sponsor
    Sure. Wherever works for you. # speaker: buyer # thought: Twenty seconds in and they're already running the room.
+ [Sit down in the low armchair he offered you #move: listen #seat: offered #path: exemplary #why: Taking the chair you are offered says that this is his office and his meeting. You give up a little height and gain his ease.]
    You sink into the armchair, knees a little high. Daniel is now slightly above you, and he settles back into the sofa.
    Good. Make yourself at home. # speaker: buyer # thought: Fine. No performance, then.
- -> opening

=== opening ===
{ strain == 0: He puts his phone face down and leans back. | He puts his phone face down, a little pointedly. }
So. Nadia thinks the two of us should talk. Where would you like to start? # speaker: buyer # note: The clock has just lost thirty-five minutes. Taking charge "to save his time" feels like respect, and so does getting straight to the business question. Who is this meeting for?
+ [Invite him to say what would make today worth his while #move: open-probe #path: exemplary #why: An open question gives him the agenda. With little time, what he wants from it matters even more.]
    With the time we have, what would make this worth your while? # speaker: seller
    Honestly? I'd like to think out loud with somebody who isn't on my payroll. # speaker: buyer # thought: Good. They're letting me set the agenda.
+ [Offer to cut to the chase and say where you'd focus #move: status-play #path: bregman #why: "Cut to the chase" assumes you already know where the chase is. It takes control of a meeting he came to lead.]
    ~ strain = MIN(strain + 1, 4)
    Since we're short on time, let me cut to the chase and tell you where I'd focus. # speaker: seller
    Go ahead. # speaker: buyer # thought: Straight to the answer. They don't know the question yet.
+ [Ask him straight out what he would need to see to hire you #move: hard-question #why: A fair question to ask before you leave, but asked first it turns his meeting into your sale. He has nothing to base an answer on yet.]
    What would you need to see to bring someone like me in? # speaker: seller
    He turns the question over, then shrugs. # thought: Straight to the deal. I haven't told them anything yet.
    Hard to say. Let me tell you what's going on first. # speaker: buyer
- -> compliment

=== compliment ===
{ strain >= 2: He studies you for a moment before he goes on. }
Nadia says you've been doing this for twenty years and that you're the best she's worked with. That's quite a billing. # speaker: buyer # note: A compliment is an opening, and the reflex is to fill it with proof. What does he want to learn from your answer?
+ [Thank him, then mention the firms you have done this for #move: credentials #path: bregman #why: He offered warmth and got a reference list. Early on, credentials sound like an expert getting ready to lecture.]
    ~ strain = MIN(strain + 1, 4)
    Thank you. I've done this work with three engineering firms and a national contractor, so the patterns are familiar. # speaker: seller
    Impressive. # speaker: buyer # thought: I paid a compliment and got a brochure back.
    Nadia looks down at her coffee.
+ [Thank him, then turn it round: why this conversation now? #move: open-probe #path: exemplary #why: Receiving the compliment lightly and turning the attention back to him shows you are there for his story, not your own.]
    She's generous. What made you want this conversation now, three weeks in? # speaker: seller
    Because in three weeks I've been handed four explanations for one problem. # speaker: buyer # thought: That turned the spotlight straight back on me. I like that.
    Nadia smiles into her cup.
+ [Thank him, then say new directors all inherit one big mess #move: insight #why: Meant as understanding, it files him under a type before he has said a word about Halden.]
    ~ strain = MIN(strain + 1, 4)
    That's kind. In my experience every new managing director inherits one big mess. # speaker: seller
    I'm sure. # speaker: buyer # thought: They've filed me under "new MD" already.
- -> problem

=== problem ===
Three of our five biggest projects are over budget, and we've lost eleven senior engineers this year. The divisions blame each other, HR blames pay, and the board wants a plan from me in ninety days. # speaker: buyer # clock: 19 # note: This is the moment Bregman regrets most. The seller has seen this pattern before and a fix is on the tip of the tongue. What does the buyer lose if he gets the fix now?
+ [Walk him through the one plan that fixed this elsewhere #move: pitch #path: bregman #why: The fixes may even be right. But he has not told his story yet, so any answer is to a question he has not asked.]
    ~ answered = true
    ~ strain = MIN(strain + 1, 4)
    I've seen this exact pattern. One plan fixed it at a firm your size: a single project office, clear decision rights, and a monthly review. # speaker: seller
    Maybe. We're not that firm, though. # speaker: buyer # thought: This is a fix for a problem I haven't finished describing.
+ [Ask whether it's a decision-rights problem #move: insight #why: A plausible diagnosis, offered before he has finished. It closes the question he is still trying to open.]
    ~ answered = true
    ~ strain = MIN(strain + 1, 4)
    Isn't this a decision-rights problem between the divisions? # speaker: seller
    Everyone says that. # speaker: buyer # thought: Another confident guess. I've had four of those already.
+ [Nod, and let him keep going with his story #move: listen #why: Attentive silence lets him carry on, but he stays with the tidy version. The detail that would show you what is broken never comes up.]
    You nod, and he carries on.
    I've been to every office. Each one has a tidy story, and none of the stories fit together. # speaker: buyer # thought: At least I'm being allowed to talk.
+ [Ask what he sees on the ground that figures don't show #move: open-probe #path: exemplary #why: An open question about what he has seen himself lets him tell the story in his own words, and brings out the detail no report contains.]
    ~ broken = true
    What have you seen on the ground that those figures don't show? # speaker: seller
    He thinks about it for a moment.
    The Leeds office. Nobody there could tell me who actually decides when a design is finished. So it gets redrawn until the budget runs out. # speaker: buyer # thought: Nobody else has asked me what I've seen.
- -> divisions

=== divisions ===
{ strain == 0: He is talking faster now, working it out as he goes. | He glances at Nadia, then back at you. }
Half of my division heads were hired by the man I replaced. Some of them are very good. I just don't know which ones yet. # speaker: buyer # clock: 15 # note: This is the topic the sponsor asked the seller to leave alone. It is also the obvious lever. Is the buyer asking for advice here, or thinking aloud?
+ [Leave the structure aside and ask how the heads explain it #move: follow-sponsor #path: exemplary #why: The sponsor's advice keeps the sensitive topic for later, and the question still gets at what he needs: how his people see the problem.]
    Leaving the structure to one side, how do the division heads themselves explain the overruns? # speaker: seller
    Nadia gives you the smallest of nods.
    Each of them blames another division. Which tells me something, I suppose. # speaker: buyer # thought: That's a question I should have asked them together.
+ [Ask whether he has thought about restructuring that layer #move: override-sponsor #path: bregman #why: The sponsor asked for exactly this to wait. Raising it tells the buyer you have already judged his people, and tells the sponsor her advice did not count.]
    ~ strain = MIN(strain + 1, 4)
    ~ raised = true
    Have you considered restructuring that layer? Merging two of the divisions would simplify things a lot. # speaker: seller
    Nadia's cup stops halfway to her mouth.
    I'm three weeks in. I'm not restructuring anybody yet. # speaker: buyer # thought: They've already decided which of my people should go.
+ [Suggest he compares the heads on their project figures #move: insight #why: Practical, and it steers clear of the word "restructuring". It still hands him a way to judge his people before he has finished understanding the problem.]
    ~ answered = true
    ~ strain = MIN(strain + 1, 4)
    Put their project figures side by side and you'll soon see who's good. # speaker: seller
    Perhaps. # speaker: buyer # thought: I have the figures. It's the people I can't read yet.
    Nadia studies the window.
- { strain >= 2: -> recovery }
- -> pressure

=== recovery ===
Daniel looks at the clock, then at you. # clock: 12
I'll be straight with you. I'm not sure yet what I'd be buying. # speaker: buyer # thought: One more chance. Show me you can listen. # note: The buyer has just told the seller how the meeting is going. This is the chance to recover from an early mistake. Which answer changes the direction of the meeting?
+ [Say you understand, and that there is no pressure #move: reflect #path: bregman #why: A kind answer, but it changes nothing about how the meeting has gone so far.]
    I understand. There's no pressure at all. # speaker: seller
    Right. # speaker: buyer # thought: Kind. And nothing has changed.
+ [Admit you got ahead of him, and ask how he sees it #move: open-probe #why: Owning the misstep and handing him the floor is the fastest way back into Phase I, where he has been all along.]
    ~ strain = MAX(strain - 1, 0)
    Fair. I got ahead of you. How do you see it yourself? # speaker: seller
    He looks at you for a moment, then begins again, slower. # thought: All right. That's more like it.
    { not broken:
        ~ broken = true
        There's the Leeds office. Nobody there could tell me who decides when a design is finished. So it gets redrawn until the budget runs out. # speaker: buyer
    - else:
        It keeps coming back to Leeds, and nobody owning the sign-off. # speaker: buyer
    }
+ [Explain that your approach has worked wherever you used it #move: credentials #why: He asked what he would be buying; the answer was more about the seller. The recovery moment passes.]
    ~ strain = MIN(strain + 1, 4)
    It's worked everywhere I've used it. I'm confident it would here. # speaker: seller
    I'm sure it has. # speaker: buyer # thought: Still selling.
- -> pressure

=== pressure ===
{ strain <= 1: Honestly? | Look. } I was hired to fix this, and everyone is waiting for me to announce something. I'm not sure yet what I'd be announcing. # speaker: buyer # note: The buyer has just said how he feels. The pull is either to reassure him or to hand him the announcement. What would show that you see it from his chair?
+ [Suggest a quick early win to buy him time with the board #move: insight #why: Tactically sound advice, but it answers a worry he did not ask you to solve and skips what he just admitted.]
    ~ answered = true
    ~ strain = MIN(strain + 1, 4)
    What you need is a quick early win. Rescue one project and the board will give you room. # speaker: seller
    Maybe. # speaker: buyer # thought: That's advice for someone who knows what's wrong.
+ [Tell him every new director you've advised felt this #move: credentials #why: Meant as comfort, it turns his admission into one more case from your files.]
    ~ strain = MIN(strain + 1, 4)
    Every new managing director I've worked with has felt exactly this. # speaker: seller
    I'm sure. # speaker: buyer # thought: I'm a case study now.
+ [Sum up his bind: asked to act before he knows the cause #move: reflect #path: exemplary #path: bregman #why: Saying back the tension in his own words shows you have understood his position, not just his problem.]
    So you're being asked to act before you're sure what's actually broken. # speaker: seller
    He lets out a breath.
    Yes. Exactly that. # speaker: buyer # thought: They actually heard it.
- -> stakes

=== stakes ===
{ strain >= 3: He is glancing at the clock more often now. }
Our biggest clients have noticed, by the way. Two of them have asked for weekly progress reports. # speaker: buyer # clock: 10 # note: The buyer has mentioned the cost of the problem almost in passing. What would help him see how big it is, in his own terms?
+ [Bet out loud on one of the four explanations he heard #move: insight #why: A confident bet closes the question. In Phase I he wants to understand his problem, not to hear yours.]
    ~ answered = true
    ~ strain = MIN(strain + 1, 4)
    If I had to bet on one of the explanations, it's pay. # speaker: seller
    He looks at you for a long moment.
    Pay. # speaker: buyer # thought: Fifteen minutes in, and they know better than my division heads.
+ [Raise what would follow if those two left at renewal #move: implication #path: exemplary #path: bregman #why: An implication question lets him put a size on the problem himself. It turns a worry into a need he has stated.]
    ~ sized = true
    What happens if those two are still unhappy when their contracts come up for renewal? # speaker: seller
    He is quiet for a moment.
    Then we lose about a fifth of our order book. I hadn't put it that way to myself. # speaker: buyer # thought: That's the real number. I should take it to the board.
+ [Say those reports must feel like a vote of no confidence #move: reflect #why: Empathetic and accurate. It keeps the feeling in view, but the cost stays vague, and a vague cost never gets an hour in anyone's diary.]
    Those reports must feel like a vote of no confidence. # speaker: seller
    A bit. # speaker: buyer # thought: True. Not much to add to that.
+ [Stay quiet and let him finish what he is saying #move: listen #why: Room to speak is useful. Here it lets a key fact slide past without either of you looking at it.]
    You wait. He shrugs.
    We'll see how it goes with them. # speaker: buyer # thought: No push on that, then.
- { strain >= 3: -> cut_short }
- -> thinking

=== cut_short ===
His phone buzzes. He reads the screen and is on his feet. # clock: 4
I'm sorry. The board chair wants me now, not at the top of the hour. # speaker: buyer # thought: Just as well. I'd heard enough. # note: The meeting has been cut short, and the seller never got to ask the question they came with. Nothing said here was rude. What did the buyer learn about working with this seller?
-> close

=== thinking ===
{ broken:
    He rubs his eyes. # clock: 8
    Leeds keeps coming back to me, you know. Designs that are never quite finished. What do you make of it? # speaker: buyer # note: Twenty minutes of restraint, and now he asks what the seller thinks. Pure listening would miss the moment. What kind of idea would show him what working together feels like?
- else:
    He leans back. # clock: 8
    You've heard most of it now. What do you make of it? # speaker: buyer # note: He asks what the seller thinks. What has the seller actually heard that an idea could build on?
}
+ {broken} [Wonder aloud if Leeds is the pattern: nobody owns sign-off #move: insight #align: 2 #attune: 1 #path: exemplary #why: Now his story has been heard, a tentative idea built on his own words shows how you think with him. It is an offer to test, not an answer.]
    ~ idea = true
    Can I try a thought on you? You said nobody in Leeds could say who decides when a design is finished. I wonder whether the overruns start there, in every division: work nobody is allowed to call done. # speaker: seller
    He sits forward.
    That would explain why they all blame each other. Go on. # speaker: buyer # thought: That's my own story, handed back with a shape to it.
+ {not broken} [Offer him your hunch about what drives the overruns #move: insight #why: He asked, so a view is welcome. But you have not heard enough of his story for the hunch to be about Halden.]
    ~ answered = true
    ~ strain = MIN(strain + 1, 4)
    My hunch is that it's the way the divisions hand work to each other. # speaker: seller
    Maybe. # speaker: buyer # thought: A guess. They haven't heard enough to guess.
+ [Ask him to say first what he makes of it himself #move: open-probe #why: Usually a good instinct, but he asked what you think. Turning it back now leaves him still not knowing how you would work.]
    What do you make of it yourself? # speaker: seller
    He spreads his hands. # thought: I asked what they think. Another question back. I still don't know how they think.
    Much what I've told you. # speaker: buyer
+ [Hand him the one-page ninety-day plan you brought along #move: pitch #why: A finished plan tells him the thinking was done before he arrived. It is the clearest signal of an expert telling him what to do.]
    ~ answered = true
    ~ strain = MIN(strain + 1, 4)
    I brought a one-page ninety-day plan. It might save you some time. # speaker: seller
    He takes it, reads the first line, and puts it on the sofa beside him. # thought: So this was written before they heard any of it.
- -> question

=== question ===
His phone lights up on the table. He turns it over. # clock: 6
Sorry. It's been a long three weeks. # speaker: buyer # note: Six minutes left, and this meeting may be the only one. Has the seller asked what they came to ask? The source's counterweight is exactly this moment.
+ [Tell him there is no need to apologise, and wait #move: listen #why: Kind and patient. But the meeting is nearly over and you leave without the question you came with.]
    No need to apologise. # speaker: seller
    He nods, and the silence stretches a little. # thought: Nice enough. I'm still not sure what they think.
+ [Ask what budget he has set aside for outside help #move: price #why: A real question, but a question about money before he has agreed there is anything to spend it on. It tells him the meeting was about the sale.]
    ~ strain = MIN(strain + 1, 4)
    Can I ask what budget you've set aside for outside help? # speaker: seller
    We haven't got that far. # speaker: buyer # thought: So that's what the last twenty minutes were for.
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
{ strain >= 3:
    Nadia stands too. You have the time it takes him to reach the door. # clock: 1 # note: The last seconds decide the outcome. An advance needs a concrete next step that the buyer agrees to. Nadia warned against chasing a second meeting. What would he say yes to now?
- else:
    The phone buzzes again. The board chair. Daniel stands. # clock: 1
    { strain <= 1:
        This was useful. # speaker: buyer # note: The last thirty seconds decide the outcome. An advance needs a concrete next step the buyer agrees to, and Nadia warned against chasing a second meeting. Is there a next step he would want, and a way to ask for it that is not chasing?
    - else:
        I'm afraid I have to go. # speaker: buyer # note: The last thirty seconds decide the outcome. An advance needs a concrete next step the buyer agrees to, and Nadia warned against chasing a second meeting. What would he say yes to now?
    }
}
+ [Leave it to him to propose the next step, as Nadia advised #move: follow-sponsor #why: Nadia's advice was sound for the seller who pushes. Here he has just had a useful half hour, and leaving it to a busy executive lets it fade. Ask well instead of not at all.]
    ~ waited = true
    Thank you. Whenever you'd like to pick this up again, you know where I am. # speaker: seller
+ {idea} [Request an hour next week to try the idea on Leeds #move: next-step #covers: follow-on #path: exemplary #why: A concrete next step, framed as working on his problem together rather than a presentation. It is not chasing: it offers him more of what he just found useful.]
    ~ proposed = true
    Could we take an hour next week and test that on one Leeds project? You bring the drawings log, and I'll bring a way to map who signs off what. # speaker: seller
    Nadia's eyebrows go up a fraction.
+ {not idea} [Request an hour next week to work through it together #move: next-step #covers: follow-on #path: bregman #why: Asking for the next step is right. Whether he says yes depends on what the meeting has shown him so far.]
    ~ proposed = true
    Could we take an hour next week to work through it together? # speaker: seller
    Nadia's eyebrows go up a fraction.
+ [Ask him to call you whenever he is ready #move: listen #why: Respectful, but it leaves the next step to a busy executive. Meetings that end like this seldom lead anywhere.]
    Thank you for your time. Call me whenever you're ready. # speaker: seller
+ [Say you will send a proposal with your fees by Friday #move: price #why: Fees before he has agreed there is anything to pay for. It puts a price on a problem he has not finished defining.]
    I'll send you a proposal with fees by Friday. # speaker: seller
- -> ending

=== ending ===
{
- strain >= 3:
    -> no_sale
- proposed && idea && sized && strain <= 1:
    -> advance
- else:
    -> continuation
}

=== advance ===
He looks at Nadia, then back at you. # mood: engaged
Tuesday morning, then. I'll bring the drawings log, you bring your map. # speaker: buyer # thought: So that's what working together would feel like. I want more of it.
He is already at the door, but he shakes your hand properly.
{
- raised:
    In the corridor Nadia lets out a breath. # scene: corridor # present: sponsor
    You nearly lost him on the divisions. But that's Tuesday in his own diary, not yours. # speaker: sponsor
- sponsor <= 2:
    In the corridor Nadia lets out a breath. # scene: corridor # present: sponsor
    You had me worried in the lobby. But that's Tuesday in his own diary, not yours. # speaker: sponsor
- else:
    In the corridor Nadia bumps your shoulder. # scene: corridor # present: sponsor
    I told you not to chase him. You didn't. You gave him something to come back for. # speaker: sponsor
}
{ asked:
    You leave with a working session in the diary and the question that will frame it. # outcome: advance
- else:
    You leave with a working session in the diary. # outcome: advance
}
-> END

=== continuation ===
{
- waited: I'll be in touch when things settle. # speaker: buyer # thought: I'd have given them another hour. They didn't ask for it.
- proposed && idea && sized: Send me a note about it. I'll see how the week looks. # speaker: buyer # thought: A good idea in the end. I'm less sure about the start.
- proposed && idea: Interesting. Let me see whether it's worth an outside hour first. # speaker: buyer # thought: A good thought. I'm not sure yet it's worth the time.
- proposed && broken: Let me think about what I actually need first. I'll come back to you. # speaker: buyer # thought: They listened well. I still don't know how they think.
- proposed: Let me think about what I actually need first. I'll come back to you. # speaker: buyer # thought: A second meeting. I'm not sure what it would be about.
- strain == 0: Good talking. Let's stay in touch. # speaker: buyer # thought: Pleasant. I still don't know what they think, or what they'd do.
- else: Thanks for coming in. I'll keep your details. # speaker: buyer # thought: I'll need to find somebody else to think this through with.
}
He is out of the door before you are on your feet. # present: sponsor
In the corridor Nadia walks you to the lifts. # scene: corridor # present: sponsor
{
- raised: I did ask you to leave the divisions alone. Give it a few weeks. # speaker: sponsor
- waited: Thanks for not pushing. # speaker: sponsor
- strain == 0: He liked you. I'm just not sure he knows what you'd do together. # speaker: sponsor
- else: He's got a lot on. Give it a few weeks. # speaker: sponsor
}
You leave with goodwill and no next step in the diary. # outcome: continuation
-> END

=== no_sale ===
{ proposed:
    I'll let you know. # speaker: buyer # thought: Another hour of being told what to do. No, thank you.
- else:
    Thanks for your time. # speaker: buyer # thought: Now I know what working with them would be like. I'd be told what to do.
}
He is on the phone before the door closes.
Nadia walks you to the lifts without saying much. At the lift she turns. # scene: lift-lobby # present: sponsor
{ answered: You had Halden's problem worked out before he'd finished describing it. | You kept steering, and he noticed every time. } # speaker: sponsor
{ raised:
    And I did ask you to leave the divisions alone. He wanted to find out what you'd be like to work with. He read you, and you read his problem. # speaker: sponsor
- else:
    He wanted to find out what you'd be like to work with. He read you, and you read his problem. # speaker: sponsor
}
Nothing was agreed. Two weeks later Nadia mentions that Daniel has started talking to another firm. # outcome: no-sale
-> END
