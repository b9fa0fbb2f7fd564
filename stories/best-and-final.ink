# title: Best and Final
# buyer: Bridget Mwangi, category manager in procurement at Castellan Construction
# sponsor: Tom Hadley, Castellan's plant director, who chose your telematics system
# summary: Castellan's plant team has chosen your trackers for six hundred machines. Now procurement has the file, your bid is fourteen percent above the other one, and Tom's advice is to hold firm on price whatever happens.
# must: payment Find out what the payment terms are worth to her against the price
# must: trade Move on price only in return for something of value to you
# must: approval Ask who else must approve the figure, and by when
# path-name: exemplary the seller who talks price and terms
# path-name: firm the seller who held firm on price, as the sponsor advised

// Bridget is in Phase III from start to finish: the plant team has a favourite, and her job is to make
// choosing it safe and affordable. Here price and terms are the subject, and talking them openly is the
// aligned move; stonewalling (the sponsor's advice) and giving money away unasked both lose. She signs
// only when every piece of her file is in place; each piece missing is one more reason to go back to the
// other bidder. Each beat is visited once; its choices rejoin.
//   slips      pieces of her file the seller left missing or made worse (capped at 3):
//              1 costs the signature, 2 a second round, 3 the contract
//   measured   the seller learned from Tom that Bridget is scored on payment terms
//   firm       the seller refused to move on price when she asked for movement
//   conceded   the seller gave money away without getting anything back
//   approver   the seller knows the finance director must approve, and when
VAR phase = 3
VAR sponsor = 3
VAR slips = 0
VAR measured = false
VAR firm = false
VAR conceded = false
VAR approver = false

-> corridor

=== function slip(n) ===
~ slips = MIN(slips + n, 3)

// Once she is sure to go to a second round, which pieces are missing no longer changes what she says:
// forgetting them lets every state that can only end the same way merge.
=== function settle() ===
{ slips >= 2:
    ~ measured = false
    ~ approver = false
}

=== corridor ===
Castellan Construction, head office on the ring road. Tom Hadley walks you from reception, still in his site boots. # scene: corridor # present: sponsor
Bridget's got the file now. She'll go for the price, she always does. # speaker: sponsor
My advice: hold firm on price, whatever happens. We chose you. She knows it. # speaker: sponsor # thought: If they cave in the first five minutes, I look like I picked the expensive option. # note: The sponsor knows his own team, not procurement. His advice sounds loyal. Is it about Bridget's job, or about his?
+ [Agree with Tom to stand firm on price, whatever she asks #move: follow-sponsor #to: sponsor #path: firm #why: Loyal to the sponsor, and he is pleased. But he has described his own fear, not Bridget's job, and the question of what she is measured on goes unasked.]
    ~ slip(1)
    Agreed. I'll stand firm on price, whatever she asks for. # speaker: seller
    Good man. # speaker: sponsor # thought: That's what I wanted to hear.
+ [Ask Tom which targets Bridget is measured on this year #move: open-probe #to: sponsor #path: exemplary #why: The sponsor cannot tell you how to negotiate, but he knows what procurement is scored on. Asking turns his warning into something you can use in the room.]
    ~ measured = true
    Before we go in: which targets is Bridget measured on this year? # speaker: seller
    Tom stops at the lift and thinks about it.
    Cash, mostly. The board wants suppliers paid at ninety days. Every contract she signs gets scored on it. # speaker: sponsor # thought: Never thought of it that way. She isn't just after a discount.
+ [Let Tom know you have some room on price if she pushes #move: price #to: sponsor #why: Honest, and there is room. But telling the sponsor first puts him in an awkward spot, and you go in knowing nothing about what she needs.]
    ~ slip(1)
    Between us, I've some room on price if she pushes. # speaker: seller
    Tom presses the lift button twice. # thought: Then why did they bid fourteen percent over?
    Don't tell her that. # speaker: sponsor
- -> opening

=== opening ===
A small meeting room on the second floor. Bridget Mwangi has both bids open side by side on her laptop. # scene: boardroom # clock: 35 # present: buyer sponsor
Tom takes the chair at the end of the table.
I'll be straight with you. Your bid is fourteen percent above the other one. I need twelve percent off, ninety-day payment, and a way out if the trackers don't perform. # speaker: buyer # thought: Tom wants them. Fine. My job is to make wanting them affordable. # note: A Phase III buyer has opened on price. She has named three things; only one of them is a number. What does she need to see before she can compare like with like?
+ [Ask her straight out what price would make her choose you #move: open-probe #why: A fair question, and she answers it: twelve percent, which she has already said. It hands her the anchor, and the comparison stays headline against headline.]
    ~ slip(1)
    Straight out: what price would make you choose us? # speaker: seller
    Twelve percent under this one. I did say. # speaker: buyer
    She types the figure into a cell and leaves the cursor blinking. # thought: They've just let me set the number.
+ [Remind her of the savings that won the plant team over #move: pitch #path: firm #why: The savings are real, and they are why Tom chose you. But she has accepted the choice; the question on her screen is what it costs, and a second pitch leaves the fourteen percent standing.]
    ~ slip(1)
    Let me remind you of the savings that won the plant team over: idle time down a fifth, and fuel theft all but gone. # speaker: seller
    Bridget nods without looking up from the two columns. # thought: Tom told me all that. The gap's still fourteen percent.
+ [Offer to break down your fourteen percent, line by line #move: price #path: exemplary #why: In Phase III the price is part of the risk she is weighing. Opening the figures lets her compare like with like, and here the other bid leaves out the fitting.]
    Let me break the fourteen percent down, line by line. Sensors, fitting on site, the data plan, and training for forty operators. # speaker: seller
    Bridget scrolls the other bid, stops, and scrolls back. # thought: Their bid doesn't include fitting. I'd have found that out in month one.
    So like for like, you're six percent above them, not fourteen. # speaker: buyer
- -> payment

=== payment ===
{ slips == 0: Bridget moves the six percent into a cell of its own. | Bridget taps the fourteen percent on her screen. }
Ninety-day payment is board policy. I can't sign anything on thirty. # speaker: buyer # clock: 31 # note: She has just said the one thing she cannot give up. Before trading anything, what would it help to know about it?
+ [Accept ninety days at once, as a sign of goodwill #move: price #why: Generous, and she takes it. But you have given away the one thing she most needed before you knew what it was worth to her, and the twelve percent is still on the table.]
    ~ slip(2)
    Ninety days is fine. Take it as a sign of goodwill. # speaker: seller
    Thank you. # speaker: buyer
    She ticks a box and scrolls back to the price. # thought: That was easy. What else will move?
+ [Invite her to say how ninety-day terms weigh with price #move: need-payoff #covers: payment #path: exemplary #why: A need-payoff question in Phase III: she says in her own words what the terms are worth, and you learn which concession matters more to her than the headline number.]
    If we met ninety days, how would that weigh with the price for you? # speaker: seller
    Bridget sits back for the first time.
    { measured:
        Honestly? Ninety days is what I'm scored on. Meet it and I can live with a much smaller cut. # speaker: buyer # thought: Someone told them. Good. That saves us half an hour.
    - else:
        Less than you'd think. Ninety days is what I'm scored on. # speaker: buyer # thought: Nobody's asked me that before.
    }
+ [Say your finance team only accepts thirty-day payment #move: defer-topic #path: firm #why: Hiding behind your own policy while she has a board policy of her own. Late in the cycle, putting off a terms question looks evasive, and it sets your rules against hers.]
    ~ slip(2)
    Our finance team only accepts thirty days, I'm afraid. # speaker: seller
    Bridget writes "30" in the margin and puts a ring round it. # mood: guarded # thought: Then we have a problem they haven't noticed yet.
    Tom shifts in his chair. # thought: Thirty days? She'll never sign that.
- -> trade

=== trade ===
~ measured = false
~ settle()
So. Where does that leave the price? # speaker: buyer # clock: 27
Tom catches your eye across the table. # thought: Hold it. Just hold it. # note: The moment the sponsor's advice was about. She asked for movement; the seller decides what movement, and what for.
+ [Offer a smaller cut in return for a three-year term #move: price #covers: trade #path: exemplary #why: Talking price is the aligned move here. A concession traded for something of value keeps the price credible: it moves because the deal got bigger, not because she pushed.]
    Four percent off the unit price, with ninety-day terms, if we sign for three years rather than one. # speaker: seller
    Bridget types it in and watches the total change. # thought: A trade, not a cave. I can put that in front of the board.
    Tom looks at the table. # thought: Four percent. I said hold firm. But it's three years.
+ [Hold the price where it is, as Tom advised you #move: follow-sponsor #path: firm #why: Loyal, and it pleases the sponsor. But she asked for movement on a number she is paid to move, and a flat refusal leaves her only one lever: the other bidder.]
    ~ firm = true
    ~ slip(2)
    I'm afraid the price is the price. We think it's fair for what you get. # speaker: seller
    Tom nods. # thought: Good.
    Bridget closes your bid and opens the other one. # mood: guarded # thought: Then I'll go back to them. I have to show the board I tried.
+ [Make it simple: give her the full twelve percent today #move: next-step #why: A close that gives her all she asked for. She gets the number, and wonders what else was in the first one; a price that falls that fast was never the real price.]
    ~ conceded = true
    ~ slip(1)
    Let's make it simple. If you can sign today, the full twelve percent comes off. # speaker: seller
    Bridget stops typing. # thought: Twelve, straight away? Then what was the first bid?
    Tom stares at you. # thought: So the price was padded. What do I tell my team?
- -> approval

=== approval ===
~ settle()
{
- firm: If that's your position, I'll need to go back to the other bidder. They've said they'll move. # speaker: buyer
- conceded: I'll have to take twelve percent to finance and explain why it came so fast. # speaker: buyer
- else: That I might be able to take upstairs. # speaker: buyer
}
Tom's phone buzzes. He reads it and stands. # clock: 24
Crane's down at the Wakefield job. Carry on without me. # speaker: sponsor # thought: Worst timing. She'll eat them alive.
He leaves, and the door clicks shut behind him. # present: buyer # note: The sponsor is gone. The seller came to ask who else has to approve the figure. Is there a better moment than this?
+ [Ask which director approves the figure, and by which date #move: hard-question #covers: approval #path: exemplary #why: Ask what you came to ask. Knowing who approves, and when, tells you what her case has to survive, and helps her make it.]
    ~ approver = true
    Which director approves the figure, and by which date? # speaker: seller
    Graham Tait, our finance director. He sees anything over half a million. Thursday's his next review. # speaker: buyer # thought: Good question. Graham's the one I'm really negotiating with.
+ [Wait while she finishes writing up her notes #move: listen #path: firm #why: Patient, and she does make notes. But the question of who signs off goes unasked, and without it you cannot know what her case has to survive.]
    ~ slip(1)
    You wait while she finishes writing up her notes.
    She finishes, looks up, and waits for you in turn. # thought: Nothing? Fine. I'll run this my way.
+ [Make clear that Tom's support should make approval easy #move: pitch #why: Tom's support is real. But procurement approves the figure, not the plant team, and she hears that you hope to go round her.]
    ~ slip(1)
    With Tom behind it, approval should be easy. # speaker: seller
    Bridget smiles politely. # thought: Tom doesn't approve anything. Graham does.
- -> winter

=== winter ===
~ settle()
Your trackers go on excavators that sit in the Pennines all winter. The last supplier's units died in the first frost. Has anyone run yours through a winter like ours? # speaker: buyer # clock: 20 # note: She asked for evidence, not for a promise. Late in the cycle, what answers "is this safe?" best is proof she can check.
+ [Tell her about a fleet running your units for two winters #move: credentials #path: exemplary #why: She asked whether anyone had done it. A named contractor, a real failure rate and permission to call them answer the question she asked, in a form she can check.]
    Dunmore Civil have had four hundred units on their fleet in the Cairngorms for two winters. One point eight percent failed, all replaced within a week. You can call their plant manager. # speaker: seller
    Bridget writes "Dunmore" and "1.8" on her pad. # thought: A real number from a real fleet. I can check it.
+ [Offer a free replacement for any unit that ever fails on site #move: address-risk #why: Generous, and it sounds like the answer to risk. But she asked for evidence, and an open promise to give units away reads as a sign you expect them to fail.]
    ~ slip(1)
    Any unit that fails, we'll replace free. That's a guarantee. # speaker: seller
    Bridget writes it down, then looks at you over her glasses. # thought: If they give them away, they expect them to break.
+ [Point her to the standard warranty, which covers it #move: defer-topic #path: firm #why: The warranty exists, but it answers a question she did not ask. Deferring a risk question to the small print this late looks evasive.]
    ~ slip(1)
    Our standard warranty covers that. # speaker: seller
    Bridget opens the warranty schedule and reads for a while. # mood: guarded # thought: Twelve months, parts only. That's what we had last time.
- -> increases

=== increases ===
~ settle()
And year two? Suppliers like yours come in low and put it up ten percent at renewal. # speaker: buyer # clock: 16 # note: A price question again, and again it is about risk: what is the most this can cost her later? A number in writing is an answer; reassurance is not.
+ [Say increases are rare, and usually in line with your costs #move: pitch #why: True, and said warmly. But it is a reassurance where she asked for a number, and next year's price is still a risk she cannot put in her file.]
    ~ slip(1)
    Honestly, increases are rare, and usually in line with our costs. # speaker: seller
    Usually. # speaker: buyer # thought: Usually is the word they always use.
+ [Offer a written cap on your price for years two and three #move: price #path: exemplary #why: Talking price is right here: a written cap turns an unknown into a number she can put in front of her finance director.]
    Years two and three at today's price, plus inflation, capped at three percent. In the contract, not in a letter. # speaker: seller
    She copies the clause into her notes. # thought: A ceiling. Graham will like a ceiling.
+ [Ask her what she would want to see for year two #move: open-probe #path: firm #why: Courteous, but it hands her the pen on your price. She asked what you would commit to, and hears a question instead of a number.]
    ~ slip(1)
    What would you want to see for year two? # speaker: seller
You wait.
    She looks at you for a long moment. # thought: Then I'll write it myself. Flat for three years.
    Flat for three years. # speaker: buyer
- -> exit

=== exit ===
~ settle()
Last thing. I need a way out if the system doesn't perform. # speaker: buyer # clock: 12 # note: An exit clause is what a careful buyer asks for last. What can the seller give that protects her without opening the whole contract?
+ [Drop the three-year term, so she is never locked in #move: price #why: It sounds like a generous answer to her worry. But it undoes the trade that moved the price, and she is left with the discount and none of the commitment.]
    ~ slip(1)
    Then let's drop the three-year term. One year, renewable. # speaker: seller
    Bridget scrolls back up to the price. # thought: Then the four percent was for nothing. Or is it still on?
+ [Say that exits are something your legal team settles later #move: defer-topic #path: firm #why: It puts the last risk she named into the small print. This late in the cycle, a deferred risk question looks like a risk you would rather she did not see.]
    ~ slip(1)
    Exit terms are something our legal team would settle later. # speaker: seller
    Bridget writes "legal?" and underlines it twice. # mood: guarded # thought: Later means never.
+ [Offer a way out if uptime drops below a level you both set #move: address-risk #path: exemplary #why: An exit tied to measures you both set makes the worst case finite for her, and keeps the contract whole for you.]
    If uptime falls below ninety-seven percent two months running, you can leave on sixty days' notice. We set the measure together now. # speaker: seller
    She reads it back, changes ninety-seven to ninety-eight, and looks up. # thought: They let me move the number. They believe it.
    Ninety-eight. # speaker: buyer
    Ninety-eight. # speaker: seller
- -> graham

=== graham ===
~ settle()
Bridget closes the laptop halfway.
Between us, the other bid is cheaper, and Tom's team would never forgive me for taking it. {approver:Graham will ask why I paid more.|Someone upstairs will ask why I paid more.} # speaker: buyer # clock: 8 # thought: I've said more than I meant to. # note: She has told you her position. A seller who contributes something here helps her case; one who only pushes adds to it.
+ [Ask what it would cost her if Tom's team never forgave her #move: implication #why: In Phase I this question builds a need. Here she has just confided a worry she is managing, and making her price it turns her confidence into pressure.]
    ~ slip(1)
    And if Tom's team never forgave you, what would that cost you? # speaker: seller
    Bridget looks at you for a moment, then opens the laptop again. # thought: I told them that in confidence. Now they're using it on me.
    More than a few percent, probably. # speaker: buyer
+ [Say back the two people she has to satisfy #move: reflect #path: exemplary #why: Saying back her position shows you see her side: she is caught between the plant team and finance. It also lets her hear how strong her case already is.]
    So you need a deal Tom's team can live with and {approver:Graham|finance} can defend. # speaker: seller
    { slips == 0:
        Yes. And I think I have one. # speaker: buyer # thought: They see what my job is. Six percent, three years, capped, with a way out. I can defend that.
    - else:
        Yes. I'm not sure I have it yet. # speaker: buyer # thought: They see it. The file still has a hole in it.
    }
+ [Remind her how many of Tom's team asked for your system #move: pitch #path: firm #why: It is true, and it is the reason she is tempted. But she has just told you that, and hearing it used back at her sounds like pressure from two sides.]
    ~ slip(1)
    Most of Tom's team asked for our system by name, you know. # speaker: seller
    I know. I was there. # speaker: buyer # thought: They're using Tom on me.
- -> close

=== close ===
~ settle()
{ slips == 0: She turns to a clean page. | She looks at the clock on the wall. }
So what are you asking me for? # speaker: buyer # clock: 4 # note: The outcome is decided here. An order needs the price and terms known; what is known depends on what the seller has put on the table.
+ [Ask if she would like until Monday to think the terms over #move: defer-topic #path: firm #why: Courteous, but it steps back from a buyer who has just asked what you want. Deferring the close in Phase III hands the decision to the other bidder's next call.]
    Would you like until Monday to think the terms over? We could speak then. # speaker: seller
+ [Offer two percent more if she can sign by the end of the week #move: price #why: A deadline discount. She has terms she can defend, and the extra money asks her to wonder why it was there.]
    ~ conceded = true
    ~ slip(1)
    If you can sign by the end of the week, I'll take off another two percent. # speaker: seller
+ [Put the agreed terms on a single sheet for her signature #move: next-step #path: exemplary #why: The price and terms are known and agreed. Putting them on one page and asking is how a Phase III meeting becomes an order.]
    Here's what we've agreed, on a single sheet. Will you sign it? # speaker: seller
- -> ending

=== ending ===
{
- slips >= 3:
    -> no_sale
- slips == 2:
    -> continuation
- slips == 1:
    -> advance
- else:
    -> order
}

=== order ===
Bridget reads the page twice and adds the date. # clock: 0
Six percent above the other bid like for like, four off for three years, ninety days, a ceiling on increases and a way out at ninety-eight. I'll sign it, subject to Graham on Thursday, and he'll pass it. # speaker: buyer # thought: A file I can defend. First time this year.
She signs, and slides the page back across the table.
In the car park, Tom is on the phone to Wakefield. He ends the call when he sees you. # scene: corridor # present: sponsor
Four percent? I'd have held. # speaker: sponsor
And she'd have gone back to the other lot. Fair enough. # speaker: sponsor # thought: Three years, capped. My team gets the trackers. I'll take it.
The agreement is signed, subject only to the finance director's review on Thursday. # outcome: order
-> END

=== advance ===
Bridget reads through her notes. # clock: 0
{
- conceded: I'm not signing today. Come to Graham's review on Thursday at ten and explain the price. All of it. # speaker: buyer # thought: Closer. But the numbers moved too easily.
- approver: I'm not signing today. Come to Graham's review on Thursday at ten, and bring the figures. # speaker: buyer # thought: Closer. There's still a gap I can't explain to him.
- else: I'm not signing today. There's a review on Thursday at ten with our finance director. Come to it. # speaker: buyer # thought: Closer. There's still a gap in the file.
}
She puts the review in her diary while you watch.
In the car park, Tom ends his call when he sees you. # scene: corridor # present: sponsor
{ sponsor >= 4:
    Thursday? That's good. She doesn't invite people to Graham. # speaker: sponsor # thought: Still alive.
- else:
    Thursday with Graham. Better than I feared. # speaker: sponsor # thought: Still alive. Just.
}
You leave with a place at the finance director's review on Thursday. # outcome: advance
-> END

=== continuation ===
Bridget closes the laptop. # clock: 0
I'll go back to both bidders for a best and final offer. You'll hear from us. # speaker: buyer # mood: guarded
{
- firm:
    She shows you to the lift. # thought: They wouldn't move, so I'll make the other one move instead.
- conceded:
    She shows you to the lift. # thought: Every time I pushed, something fell off the price. What's the real one?
- else:
    She shows you to the lift. # thought: Too many gaps in the file to sign.
}
In the car park, Tom is waiting by his car. # scene: corridor # present: sponsor
{
- firm: A second round. I thought holding firm would do it. # speaker: sponsor # thought: Maybe my advice wasn't the right advice.
- conceded: She asked me what the price was before you started cutting it. # speaker: sponsor # thought: I don't know what to tell her.
- else: It's still open. Just about. # speaker: sponsor # thought: Still open. I can't tell which way.
}
Nothing is agreed. Procurement will run a second round. # outcome: continuation
-> END

=== no_sale ===
Bridget closes the laptop. # clock: 0
Thank you for coming in. We'll let you know. # speaker: buyer # mood: frustrated # thought: I can't defend this file to Graham. The other bid I can.
In the car park, Tom doesn't look at you. # scene: corridor # present: sponsor
{
- firm: She's given it to the other lot. I told you to hold firm, and you did. I didn't think she'd actually walk. # speaker: sponsor # thought: That was my advice. My team are getting the trackers that die in frost.
- conceded: She's given it to the other lot. She said your price kept moving and she couldn't tell where it would stop. # speaker: sponsor # thought: I vouched for them.
- else: She's given it to the other lot. I'm sorry. # speaker: sponsor # thought: I vouched for them.
}
A week later the award letter goes to the other bidder. # outcome: no-sale
-> END
