# title: First Meeting
# buyer: Dana Ortiz, Head of Operations at a regional logistics firm
# sponsor: Sam Reyes, a former colleague of Dana's
# summary: Sam has set up a short first meeting. Dana has a problem with late deliveries and has not yet decided what it is.
# persona: new-in-role
# must: timeline Ask when Dana needs to decide

VAR phase = 1
VAR trust = 50
VAR sponsor = 3
VAR heard = false
VAR asked_timeline = false

-> arrival

=== arrival ===
Dana's office. A round table by the window, a desk with a tall chair behind it. # scene: office # clock: 30
Sam said you two should talk. Grab a seat, wherever suits you. # speaker: buyer # thought: Let's see what kind of visitor this is.
Sam catches your eye and nods toward the round table. # speaker: sponsor # note: Sam's glance is the cue. Ask the room what the nod means before anyone answers.
* [Take the chair at the round table #move: follow-sponsor #seat: offered #path: exemplary #why: The sponsor knows the buyer; the round table says "we are peers here".]
  You sit at the round table, next to Dana. # speaker: seller
  Good. This is where I do my thinking. # speaker: buyer # thought: A listener, maybe.
* [Take the chair behind the desk #move: status-play #seat: head #path: pitch-early #why: The desk chair takes the power the buyer did not offer.]
  You settle into the tall chair behind the desk. # speaker: seller
  Oh. Right, that one works too. # speaker: buyer # thought: He took my desk. Interesting.
- -> story

=== story ===
So: deliveries. We're late more often than we should be, and I'm not sure why yet. # speaker: buyer # clock: 22
Dana waits for you. # note: The buyer is still defining the problem. Which of these helps her do that?
* [Ask what she has noticed so far #move: open-probe #path: exemplary #why: An open question lets the buyer tell the story she is still working out.]
  What have you noticed so far, when it goes wrong? # speaker: seller
  ~ heard = true
  Mostly Mondays. And mostly the northern routes. Nobody has put those two together before. # speaker: buyer # thought: Saying it out loud helps.
* [Explain how your routing tool fixes this #move: pitch #path: pitch-early #why: A solution offered before the problem is understood sounds like it was brought in a bag.]
  Our routing tool cuts late deliveries by a third. Let me show you. # speaker: seller
  I'm sure it does. I'm not sure that's my problem yet. # speaker: buyer # thought: I haven't even told him what happens.
* [Mention the firms like hers you have helped #move: credentials #why: Early credentials sound like an expert lecturing.]
  We've worked with four logistics firms your size. # speaker: seller
  Good for them. # speaker: buyer # thought: This is about him.
- -> close

=== close ===
{ heard:
  ~ phase = 2
}
Dana glances at the clock. # clock: 8
{ heard:
  So if it's Mondays up north, I want to see what the options are. # speaker: buyer # thought: Now I know what I'm looking for.
- else:
  We should probably wrap up soon. # speaker: buyer # thought: I still don't know what I'm looking for.
}
The meeting is nearly over. # note: Courage: the seller came to ask about the timeline. Will they?
* [Ask when she needs to have this decided #move: hard-question #covers: timeline #path: exemplary #why: Ask what you came to ask; this meeting may be the only one.]
  When do you need to have this settled? # speaker: seller
  ~ asked_timeline = true
  Before the winter peak. Six weeks. # speaker: buyer # thought: Fair question. Direct.
* [Thank her and say you will be in touch #move: listen #path: pitch-early #why: Polite, but the meeting ends with nothing agreed.]
  Thanks for your time, Dana. I'll be in touch. # speaker: seller
  Sure. # speaker: buyer
- 
{ heard && asked_timeline:
  -> ending_advance
}
{ trust < 40:
  -> ending_no_sale
}
-> ending_continuation

=== ending_advance ===
Come back next week with the Monday numbers. Bring someone who knows the northern depots. # speaker: buyer # thought: That was useful. I'd like to see more.
You leave with a second meeting in the diary. # outcome: advance
-> END

=== ending_continuation ===
Let's stay in touch. # speaker: buyer # thought: Nothing wrong with him. Nothing to follow up either.
You leave with a business card and no next step. # outcome: continuation
-> END

=== ending_no_sale ===
I think we're done here. Thanks for coming in. # speaker: buyer # thought: I won't be calling him back.
Sam does not look at you on the way out. # speaker: sponsor # outcome: no-sale
-> END
