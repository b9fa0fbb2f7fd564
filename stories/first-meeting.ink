# path-name: pitch-early The seller who pitched before listening
# title: First Meeting
# buyer: Dana Ortiz, Head of Operations at Northway Freight, a regional logistics firm
# sponsor: Sam Reyes, a former colleague of Dana's
# summary: Sam has set up a short first meeting. Dana has a problem with late deliveries and has not yet worked out what it is. Sam has a tip for you, and not every tip fits.
# must: timeline Ask when Dana needs to decide

// Dana starts in Phase I: she knows deliveries are late, not why. Once the seller has helped her find
// what is broken (the weekend orders up north), she moves to Phase II and wants to see what could fix
// it. Each beat is visited once; its choices rejoin at the next beat. The engine writes trust and the
// sponsor meter into `trust` and `sponsor` after every choice; the story keeps its own variables:
//   noticed  she named the pattern (Mondays, northern routes)
//   root     she found what is behind it (Monday loads planned on Friday, weekend orders squeezed in)
//   sized    she put a cost on it herself (supermarket penalties, a contract review in March)
//   fit      the seller showed how the offer fixes that cause, once she asked for options
//   asked    the seller asked when she needs to decide
//   proposed the seller proposed a concrete next step
//   demoed   the seller ran Sam's demo before hearing the problem
// The advance needs root, sized, fit and proposed, and a buyer who still trusts the seller.
VAR phase = 1
VAR trust = 50
VAR sponsor = 3
VAR noticed = false
VAR root = false
VAR sized = false
VAR fit = false
VAR asked = false
VAR proposed = false
VAR demoed = false

-> arrival

=== arrival ===
Northway Freight, second floor. Sam Reyes is waiting outside Dana's office. # scene: corridor # clock: 30 # present: sponsor
She's got half an hour for you. One tip: open with the demo. Dana loves seeing things work. # speaker: sponsor
He knocks, and opens the door before you can answer.
Dana's office. A round table by the window, a desk with a tall chair behind it. # scene: office-round-table # present: buyer sponsor
Sam said you two should talk. Grab a seat, wherever suits you. # speaker: buyer # thought: Let's see what kind of visitor this is.
Sam catches your eye and nods toward the round table. # note: Sam's glance is the cue. Ask the room what the nod means before anyone answers. Then ask whether Sam's tip in the corridor was as good.
* [Sit down in the tall chair behind her desk #move: status-play #seat: head #why: The desk chair is the seat of the person who runs this office. Taking it claims the power the buyer did not offer.]
    You settle into the tall chair behind the desk. Dana takes the visitor's chair, after a moment.
    Oh. Right, that one works too. # speaker: buyer # thought: They took my desk. Interesting.
* [Take the chair at the round table, next to Dana #move: follow-sponsor #seat: offered #path: exemplary #path: pitch-early #why: The sponsor knows the buyer: the round table is where she does her thinking, and it says you are here as a peer.]
    You sit at the round table, next to Dana. Sam leans on the window ledge.
    Good. This is where I do my thinking. # speaker: buyer # thought: A listener, maybe.
* [Sit down and hand her a brochure of your client list #move: credentials #why: A list of famous clients before a word about her problem tells her the meeting will be about you.]
    You sit at the round table and pass her a glossy brochure.
    Thanks. # speaker: buyer # thought: A brochure before hello.
    She puts it on the pile by her elbow without opening it.
- -> demo

=== demo ===
Sam tells me you've brought a demo. # speaker: buyer # clock: 27
You'll love it, Dana. Go on, show her. # speaker: sponsor
Dana folds her hands and waits. # note: The sponsor is pushing the tip from the corridor, in front of the buyer. Dana has not yet said a word about what is wrong. Whose meeting is it, and what does the sponsor actually know about her problem?
* [Open your laptop and run the demo Sam promised #move: pitch #path: pitch-early #why: It pleases the sponsor, and it answers a question the buyer has not asked yet. She is still working out what is wrong, so every screen is about a problem she has not described.]
    ~ demoed = true
    You open the laptop and take her through the route planner, screen by screen.
    Very slick. # speaker: buyer # thought: Nice screens. For which problem?
    Sam beams. Dana glances at the clock.
* [Say the demo has already won over three firms like hers #move: credentials #why: Confidence in the product, but it turns her first minutes into a reference check for a problem she has not described.]
    It's won over three freight firms your size this year. # speaker: seller
    I'm sure it has. # speaker: buyer # thought: Everyone's product has won somebody over.
* [Say you would rather hear about the problem before any demo #move: override-sponsor #align: 2 #attune: 1 #path: exemplary #why: Sam means well, but his tip is about the product, not about Dana. She is still working out what is wrong. Setting the demo aside, kindly, puts her problem first; here that is the right call against the sponsor.]
    I'd love to show you, but I'd rather hear what's going on first. The demo will keep. # speaker: seller
    Sam lifts his hands. He does not look thrilled.
    Good. Honestly, I'd rather talk first. # speaker: buyer # thought: They want to hear it first. Sam always did love a gadget.
- -> story

=== story ===
So: deliveries. We're late more often than we should be, and I'm not sure why yet. # speaker: buyer # clock: 24
{ demoed: She pushes the laptop lid half shut and looks at you. | She looks at you, and waits. } # note: The buyer is still defining the problem. Which of these helps her do that?
* [Ask what she has noticed so far, when it goes wrong #move: open-probe #path: exemplary #path: pitch-early #why: An open question lets the buyer tell the story she is still working out, and brings out the pattern she has half seen.]
    ~ noticed = true
    What have you noticed so far, when it goes wrong? # speaker: seller
    She thinks about it.
    Mostly Mondays. And mostly the northern routes. Nobody has put those two together before. # speaker: buyer # thought: Saying it out loud helps.
* [Mention the logistics firms like hers that you have helped #move: credentials #why: Early credentials sound like an expert getting ready to lecture. She wanted to talk about her deliveries.]
    We've worked with four logistics firms your size. # speaker: seller
    Good for them. # speaker: buyer # thought: This is about them.
* [Suggest her routes probably need re-planning #move: insight #why: The seller sells routing, so the problem sounds like routing. It is a guess about her business before she has said what she has seen.]
    It sounds to me as if your routes need re-planning. # speaker: seller
    Maybe. I don't know yet that it's the routes. # speaker: buyer # thought: They sell routing. Of course it's the routes.
- -> dig

=== dig ===
{ noticed:
    So why Mondays, and why up north? That's what I can't see. # speaker: buyer # clock: 21 # note: The buyer has just found a pattern, and the seller's product plans routes. Is routing what is broken? What would help her see the cause?
- else:
    Some weeks are fine, some aren't. I can't see why. # speaker: buyer # clock: 21 # note: The buyer still has no pattern to work with. What would help her find one?
}
* {noticed} [Say your routing tool is made for exactly that pattern #move: pitch #path: pitch-early #why: A pattern is not a cause. Offering the tool now answers "why Mondays?" with "buy this", before either of you knows.]
    That's exactly the pattern our routing tool is built for. # speaker: seller
    Maybe. I don't know yet that the routes are the problem. # speaker: buyer # thought: They've got a hammer. Is this a nail?
* {noticed} [Ask what is different about a Monday up north #move: open-probe #path: exemplary #why: Asking about the difference lets her find the cause herself. The answer is not in the routes at all.]
    ~ root = true
    What's different about a Monday up north? # speaker: seller
    She frowns, then sits up.
    Weekend orders. The northern depots plan Monday's loads on Friday afternoon. Anything that comes in over the weekend gets squeezed in at five in the morning by whoever is on shift. # speaker: buyer # thought: I've never said that out loud. That's it, isn't it?
* {noticed} [Offer to come back with an analysis of her northern routes #move: next-step #why: A next step before the problem is understood. It sounds helpful and closes the question she is still asking.]
    Why don't I come back next week with an analysis of your northern routes? # speaker: seller
    We could. # speaker: buyer # thought: An analysis of what, though?
* {not noticed} [Ask when it tends to go wrong, and on which routes #move: open-probe #why: The right question, a little late: she finds the pattern, and the meeting has less time left to find the cause.]
    ~ noticed = true
    When does it tend to go wrong, and where? # speaker: seller
    Mostly Mondays, now you ask. The northern routes. # speaker: buyer # thought: Now we're getting somewhere. Slowly.
* {not noticed} [Say your routing tool is built for patchy weeks like hers #move: pitch #why: A solution offered before the problem is understood sounds as if it was brought in a bag.]
    Patchy weeks are exactly what our routing tool smooths out. # speaker: seller
    Maybe. # speaker: buyer # thought: I haven't even told them what happens.
* {not noticed} [Say firms like hers usually trace it to a driver shortage #move: credentials #why: Other firms' answer, offered as hers. She has heard it before, and it closes the question instead of opening it.]
    Firms like yours usually trace it to a shortage of drivers. # speaker: seller
    We're fully staffed. # speaker: buyer # thought: Another guess.
- { root: -> size }
- -> unsure

=== size ===
It's been like that since we won the supermarket contract. # speaker: buyer # clock: 18 # note: The cause is on the table. The seller's product fixes exactly this, and the temptation is to say so. What does the buyer not yet know about her own problem?
* [Ask what a late Monday costs her with the supermarket #move: implication #path: exemplary #why: An implication question lets her put a size on the problem herself. A cost she states is a need she owns.]
    ~ sized = true
    What does a late Monday cost you with the supermarket? # speaker: seller
    Penalties. Three percent of the invoice for every late drop. And they review the contract in March. # speaker: buyer # thought: Put like that, it's the contract at risk.
* [Tell her weekend re-planning is what your tool does best #move: pitch #why: She has only just found the cause. The fix can wait two minutes; the size of the problem is what she needs to see first.]
    Weekend re-planning is what our tool does best. # speaker: seller
    Is it. # speaker: buyer # thought: I've only just worked out what's wrong.
* [Ask what fixing Mondays would be worth to her #move: need-payoff #why: A good question once she knows what the problem costs. Asked now, she has nothing to weigh a fix against, and the cost stays unspoken.]
    What would fixing Mondays be worth to you? # speaker: seller
    A lot, I suppose. I haven't worked it out. # speaker: buyer # thought: I don't know what it costs yet, let alone what a fix is worth.
* [Sit back, and give her room to go on #move: listen #why: Respectful, but the cost of the problem stays vague. Without a cost, a fix is a nice-to-have.]
    You sit back, and wait.
    Anyway. That's the picture. # speaker: buyer # thought: I'm not sure how much this matters to them.
- ~ phase = 2
So. If it's the weekend orders up north, what could I actually do about it? # speaker: buyer # mood: engaged
-> options

=== options ===
She pulls a notepad towards her. # clock: 15 # note: She has just asked for options. This is Phase II: what she wants now is to see how an offer fits the problem she has just described. Is this the moment to keep asking questions?
* [Ask what the weekend shift does with the loads right now #move: open-probe #why: A good question ten minutes ago. She has just asked what she could do, and another question leaves her without an answer.]
    What does the weekend shift do with the loads right now? # speaker: seller
    She taps the notepad.
    By hand. At five in the morning. # speaker: buyer # thought: I've just told them that. I asked what I could do.
* [Say it sounds as if she has found the cause herself #move: reflect #why: True, and kind. But she has moved on to wanting options, and reflecting now keeps her waiting.]
    It sounds as if you've found the cause yourself. # speaker: seller
    I think I have. So what do I do with it? # speaker: buyer # thought: I'm still waiting for an answer.
* [Walk her through a Monday re-planned as orders land #move: pitch #path: exemplary #why: Now she wants options. Showing how the offer fixes the cause she described, in her own terms, is what a Phase II buyer needs.]
    ~ fit = true
    You open the laptop at one screen only: a Monday plan that re-draws itself as Sunday's orders come in.
    So the plan would be redone on Sunday night, not by whoever is on at five? # speaker: buyer # thought: That's my problem, on a screen.
* [Tell her about the depot group you fixed this for last year #move: credentials #why: A reference helps later, when she weighs the risk. Right now she asked what she could do, and she gets somebody else's story.]
    We fixed this for a depot group in the Midlands last year. # speaker: seller
    Good. How? # speaker: buyer # thought: Their story, not mine.
- { fit: -> payoff }
- -> timeline

=== unsure ===
I still can't see what's behind it. What would you look at? # speaker: buyer # clock: 15 # note: The meeting is half over and the cause is still hidden. What would help her most now?
* [Ask what the drivers say about the bad days #move: open-probe #why: A fair question, but the time spent earlier leaves too little to get to the bottom of it today.]
    What do the drivers say about the bad days? # speaker: seller
    That the loads are wrong. I don't know what that means yet. # speaker: buyer # thought: Closer. Not there.
* [Show how the tool would re-plan her routes #move: pitch #path: pitch-early #why: A demo of a fix for a cause nobody has found. It is the clearest signal that the seller came to sell, not to understand.]
    You open the laptop and show how the tool would re-plan her routes.
    Very nice. # speaker: buyer # thought: For a problem we haven't found.
* [Suggest she starts by tracking every late drop for a month #move: insight #why: Reasonable advice, but it hands the problem back to her with homework.]
    I'd start by tracking every late drop for a month. # speaker: seller
    We do. # speaker: buyer # thought: We've got spreadsheets. I wanted someone to think with.
- -> timeline

=== payoff ===
And the drivers would see the new plan on their phones? # speaker: buyer # clock: 10 # note: The buyer is picturing the fix. What would help her say, in her own words, what it is worth?
* [Quote the price for the three northern depots now #move: price #why: Before she has said what it is worth to her, a price is just a cost.]
    For the three northern depots it would come to about forty thousand a year. # speaker: seller
    Right. # speaker: buyer # thought: That's a number. I don't know yet what to weigh it against.
* [Ask what on-time Mondays would mean for the March review #move: need-payoff #path: exemplary #why: A need-payoff question lets the buyer state the value herself. She will carry that sentence to whoever signs.]
    What would on-time Mondays mean for the March review? # speaker: seller
    We'd keep the contract. That's the sentence I'd take to the board. # speaker: buyer # thought: That's what this is worth.
* [Ask what happens if the supermarket walks away in March #move: implication #attune: -1 #why: She has already said the contract is at risk. Pressing on the pain once she is picturing the fix feels like pressure, and the value stays unspoken.]
    What happens if the supermarket walks away in March? # speaker: seller
    She puts the pen down.
    Then we're in real trouble. I know. # speaker: buyer # thought: I know it's bad. I wanted to hear what good looks like.
* [Leave her a moment to picture it in silence #move: listen #why: Room to think is kind, but she is in a mood to decide, and silence leaves the value unspoken.]
    You let her look at the screen.
    Hm. # speaker: buyer # thought: Nice. Is it worth it? I'd need to think.
- -> timeline

=== timeline ===
Dana glances at the clock. # clock: 6
I've got another meeting at the half hour. # speaker: buyer # note: Courage: the seller came to ask about the timeline. Will they?
* [Ask when she needs to have this decided #move: hard-question #covers: timeline #path: exemplary #path: pitch-early #why: Ask what you came to ask; this meeting may be the only one.]
    ~ asked = true
    When do you need to have this settled? # speaker: seller
    Before the winter peak. Six weeks. # speaker: buyer # thought: Fair question. Direct.
* [Say she has clearly thought hard about this #move: reflect #why: A compliment where a question was needed. The meeting ends without what you came to find out.]
    You've clearly thought hard about this. # speaker: seller
    I've had to. # speaker: buyer # thought: Nice of them. Time's nearly up, though.
* [Ask what budget she has for fixing it #move: price #why: Money before she has even decided she needs the fix. It is the question the seller wanted answered, not the one she can answer.]
    What budget do you have for fixing it? # speaker: seller
    That depends on what it is. # speaker: buyer # thought: Straight to the money.
- -> close

=== close ===
She stands and picks up her notepad. # clock: 2 # note: The last minute decides the outcome. An advance needs something the buyer agrees to do. What would she say yes to?
* [Promise to come back next week with references #move: credentials #why: References answer "is this partner safe?", a question she has not reached. It is a next step only for the seller: it asks nothing of her, and it is about you, not her Mondays.]
    I'll come back next week with a couple of client references for you. # speaker: seller
* [Leave your card and say she can call any time #move: listen #why: Polite, but it leaves the next step to a busy buyer. Meetings that end like this seldom lead anywhere.]
    Here's my card. Call me any time. # speaker: seller
* [Promise her a quote for two of her depots by Friday #move: price #path: pitch-early #why: A quote puts a price on a problem she has not agreed she has. It is the seller's next step, not hers.]
    I'll have a quote for two of your depots to you by Friday. # speaker: seller
* [Offer a trial on two depots, on her own numbers #move: next-step #path: exemplary #why: A concrete next step on her own numbers is what turns a good conversation into an advance.]
    ~ proposed = true
    Could we run a trial on two {noticed:northern|of your} depots next week, on your own {noticed:Monday }numbers? # speaker: seller
-
{
- trust < 40: -> ending_no_sale
- proposed && root && sized && fit: -> ending_advance
- else: -> ending_continuation
}

=== ending_advance ===
Come next Tuesday. Bring the Monday plan and someone who knows the northern depots. I'll have the weekend order logs. # speaker: buyer # thought: That was useful. I'd like to see it on my own numbers.
Sam catches up with you at the lift. # scene: lift-lobby # present: sponsor
{ sponsor <= 2:
    You could have warned me you were binning the demo. # speaker: sponsor
    He grins.
    She's put you in for Tuesday, though. # speaker: sponsor
- else:
    See? Told you she'd like you. # speaker: sponsor
}
You leave with a second meeting in the diary. # outcome: advance
-> END

=== ending_continuation ===
{
- proposed && root: Send me something in writing first. I'll see. # speaker: buyer # thought: Good conversation. I'm not sure yet it's worth another meeting.
- proposed: Send me something in writing first. I'll see. # speaker: buyer # thought: A trial of what? We never got to the bottom of it.
- root: Let's stay in touch. # speaker: buyer # thought: We found the cause together. Then nothing.
- else: Let's stay in touch. # speaker: buyer # thought: Nothing wrong with them. Nothing to follow up either.
}
{ sponsor <= 2:
    Sam walks you out without saying much. # scene: corridor # present: sponsor
- else:
    Sam walks you out. # scene: corridor # present: sponsor
    Give her a few weeks. # speaker: sponsor
}
You leave with a business card and no next step. # outcome: continuation
-> END

=== ending_no_sale ===
I think we're done here. Thanks for coming in. # speaker: buyer # thought: I won't be calling them back.
{
- demoed:
    Sam walks you out, frowning. # scene: corridor # present: sponsor
    I don't get it. She usually loves a demo. # speaker: sponsor
- sponsor >= 4:
    Sam walks you out, frowning. # scene: corridor # present: sponsor
    She's not usually this hard to talk to. # speaker: sponsor
- else:
    Sam does not look at you on the way out. # scene: corridor # present: sponsor
}
Nothing was agreed. # outcome: no-sale
-> END
