# title: The Committee
# buyer: Lena Fischer, asset strategy manager at Fenmoor Water, who shortlisted your leak sensors
# person: finance Olusegun Bello, Fenmoor's finance director
# person: ops Carys Rhys, Fenmoor's head of field operations
# summary: A video call with three people who each need something different. Lena has compared three vendors and wants to see yours solve her problem. Olusegun wants the cost and the risk before his hard stop. Carys is not yet sure sensors are the problem at all.
# must: crews Ask Carys what keeps her crews out at night
# must: cost Give the finance director the five-year cost before he leaves
# must: approval Ask who else has to approve a pilot
# path-name: exemplary the seller who answered each person where they were
# path-name: tour the seller who gave everyone the same demo

// Three people on one call, each in their own phase. Lena (the buyer) is in Phase II: she has a
// shortlist and wants to see how your sensors solve the problem in her paper. Olusegun is in Phase III
// from start to finish: cost and risk. Carys starts in Phase I: she thinks her problem is crews, not
// leaks, and moves to Phase II only when the seller has asked about her nights and let her put a cost on
// them. Every move is scored against the person it addresses, so the same pitch is right for Lena and
// wrong for Carys. Lena moves to Phase III at the close. Each beat is visited once; its choices rejoin.
//   slips      pieces of the committee's case the seller left missing (capped at 3): any one costs the
//              pilot, three the deal
//   heard      0-2: the seller asked about Carys's nights, and let her cost them
//   defined    Olusegun said what "doesn't work" would mean to him (read in the pilot offer)
VAR phase = 2
VAR phase_finance = 3
VAR phase_ops = 1
VAR slips = 0
VAR heard = 0
VAR defined = false

-> opening

=== function slip() ===
~ slips = MIN(slips + 1, 3)

// Once the pilot is out of reach, what Olusegun said no longer changes anything: forgetting it lets
// every state that can only end the same way merge.
=== function settle() ===
{ slips >= 1:
    ~ defined = false
}

=== opening ===
A video call. Three tiles: Lena Fischer in a meeting room at Fenmoor Water, Olusegun Bello at his desk, and a grey square that says "Carys Rhys (joining)". # scene: video-call # clock: 40 # present: buyer finance
Thanks for making time. Carys is on her way back from a burst at Holbeach; she'll join in a minute. # speaker: buyer # thought: Please let Olusegun like them. I've put my name on this.
I've read Lena's paper. I have a hard stop at eleven. What I need to know is what this costs over five years, and what happens if it doesn't work. # speaker: finance # thought: Sensors in the ground are money in the ground. I've seen that go wrong. # note: Three people, three phases, and one of them is not here yet. The finance director has asked two questions. Which of them can the seller not answer without asking something first?
+ [Ask Olusegun what he would count as "not working" #move: hard-question #to: finance #path: exemplary #why: A hard question to a Phase III buyer: before you can answer what happens if it fails, you need his definition of failing. It also tells him you will not hide from it.]
    ~ defined = true
    Before I answer that: what would you count as "not working", from where you sit? # speaker: seller
    Olusegun takes his glasses off. # thought: Good. They want my definition, not theirs.
    We miss the leakage target again and the regulator fines us anyway. Then I've paid twice. # speaker: finance
+ [Start with Lena's shortlist, and come to his numbers after #move: defer-topic #to: finance #why: It respects the agenda Lena set, but the finance director is in Phase III and has a hard stop. Putting his risk question off reads as a vendor hoping it will go away.]
    ~ slip()
    If it's all right, I'll start with Lena's shortlist and come to your numbers after. # speaker: seller
    Olusegun looks at the clock in the corner of his screen. # mood: guarded # thought: Come to the numbers. In the last five minutes, no doubt.
+ [Ask if you can share the sensor demo while Carys joins #move: pitch #path: tour #why: For Lena, in Phase II, a demo is welcome. But it fills the wait with what you want to show, and the finance director's question hangs in the air.]
    ~ slip()
    While we wait for Carys, can I share my screen and show you the sensors at work? # speaker: seller
    Lena nods. Olusegun turns his camera slightly away and opens his email. # thought: A demo. I asked what it costs.
- -> carys

=== carys ===
~ settle()
Carys's tile flickers into life: a van's cab, rain on the windscreen. # present: buyer finance ops # clock: 36
Sorry. Third burst this week. I'll be honest, I'm not sure sensors are our problem. My crews are out every night, and it isn't because we can't find the leaks. # speaker: ops # thought: Another gadget from head office. My lads need sleep, not sensors. # note: Carys is in Phase I: she has not worked out what her problem is, and she is sure it is not yours. Lena is in Phase II. Whom should the next move address, and what kind of move fits that person?
+ [Show Lena how your sensors solve exactly this kind of night #move: pitch #to: buyer #why: A pitch fits Lena's phase, and she likes it. But Carys has just told you her view of the problem, and talking past her to Lena leaves the one sceptic on the call unheard.]
    ~ slip()
    Lena, this is exactly what the sensors are for. Let me show you how an alert comes in. # speaker: seller
    Lena smiles and nods. # thought: Good. That's what I hoped they'd say.
    Carys looks out of the van window. # thought: Talk to Lena, then. She doesn't go out at night.
+ [Ask Carys what keeps her crews out every night #move: open-probe #to: ops #covers: crews #path: exemplary #why: The right move depends on whom you address. For Carys, in Phase I, a question about her problem in her terms is the only way in; a pitch would confirm her suspicion.]
    ~ heard += 1
    Carys, what is it that keeps your crews out every night? # speaker: seller
    Carys wipes the windscreen with her sleeve, as if that helped. # thought: Someone asked.
+ [Assure Carys the sensors would find the bursts before they happen #move: pitch #to: ops #path: tour #why: It is what the sensors do. But Carys is in Phase I and has just said she does not think leaks are her problem; a solution offered before she has said what her problem is sounds like head office.]
    ~ slip()
    Carys, the sensors would find those bursts before they happen. # speaker: seller
    Would they. # speaker: ops # mood: guarded # thought: Here we go.
- -> mains

=== mains ===
~ settle()
{ heard > 0:
    It's the same eight trunk mains. We fix them, they go again, and every one's an emergency, so it's night rates. # speaker: ops # clock: 32 # thought: I've never said that to head office in one sentence.
- else:
    We keep fixing the same eight mains, if you must know. # speaker: ops # clock: 32 # thought: Not that anyone asked.
}
Lena writes something down. # thought: Eight mains. That's in my paper. # note: Carys has named a pattern, but not yet what it costs her. She is still in Phase I; what would turn her complaint into a need she owns?
+ [Point Lena to the trunk-main pattern in your sensor data #move: insight #to: buyer #path: tour #why: A fair idea for Lena, in Phase II. But Carys has just started to talk, and turning to Lena with your data takes her story away from her before she has finished it.]
    ~ slip()
    Lena, that's the pattern our data picks up: trunk mains that fail again and again. # speaker: seller
    Lena writes it down. # thought: Useful.
    Carys's tile goes still; she has muted herself. # thought: They've got what they wanted from me, then.
+ [Repeat back to Carys that the same mains keep failing #move: reflect #to: ops #why: Warm, and accurate, and Carys nods. But it leaves her complaint where it was: she still has no figure of her own for what the repeat bursts cost.]
    ~ slip()
    So it's the same mains failing, again and again. # speaker: seller
    That's what I said. # speaker: ops
    She waits. # thought: Yes. So?
+ [Help Carys total the cost of the repeat bursts in night rates #move: implication #to: ops #path: exemplary #why: An implication question for someone in Phase I: she puts the cost on her own problem, in her own figures, and the finance director hears it from her, not from you.]
    ~ heard += 1
    Can we total the cost of the repeat bursts, in night rates? # speaker: seller
    Carys thinks about it.
    Three hundred thousand in overtime last year, and two of my best crew leads have gone. # speaker: ops # thought: Put like that, it isn't the crews.
    Olusegun writes the figure down. # thought: Three hundred thousand. That's a number I recognise.
- -> shortlist

=== shortlist ===
~ settle()
{ heard == 2:
    ~ phase_ops = 2
}
{ heard == 2:
    Carys unmutes.
    So it's the mains, not my crews. # speaker: ops # thought: So it's the mains. I can work with that.
}
This is what I put in the paper. The question is whether your system does it better than the other two. # speaker: buyer # clock: 28 # note: Lena has asked her Phase II question. The answer that fits her is a solution, shown against the problem the committee has just heard.
+ [Ask Lena to name the gaps she found in the other two #move: open-probe #to: buyer #why: A fair question, but it lags behind her: she asked you to show her, and she will not do your competitive research for you.]
    ~ slip()
    Where did the other two fall short for you? # speaker: seller
    Lena smiles. # thought: Nice try.
    I'd rather see what you've got. # speaker: buyer
+ [Tell Olusegun which utility accounts already run your sensors #move: credentials #to: finance #why: A good answer for a Phase III finance director, some other time. Lena asked the question, and answering someone else leaves her shortlist unanswered.]
    ~ slip()
    Olusegun, you may like to know that Medway and Tarrant Water both run our sensors. # speaker: seller
    Olusegun nods once. # thought: Noted. Lena asked something else.
    Lena's pen stops. # thought: That was my question.
+ [Show Lena a sensor trace that flags a main ahead of a burst #move: pitch #to: buyer #path: exemplary #path: tour #why: For Lena, in Phase II, this is the aligned move: the solution, shown on the problem the committee has just named, in a way she can compare with the other two.]
    Let me show you one of those eight. # speaker: seller
    You share your screen: a trunk main on a map, a sensor trace rising over four days, an alert, a planned repair in daylight.
    The other two showed us maps. Nobody showed us the four days. # speaker: buyer # thought: That's the difference. I can write that down.
- -> cost

=== cost ===
~ settle()
Olusegun unmutes. # clock: 24
Numbers, please. I leave in ten minutes. # speaker: finance # thought: Ten minutes to find out whether this is real. # note: The finance director is in Phase III. For him, price is not premature: it is the risk he is weighing. Talking price now is aligned, for him.
+ [Give Olusegun the whole five-year cost, item by item #move: price #to: finance #covers: cost #path: exemplary #path: tour #why: Price talk is right here, because of whom it addresses: a finance director in Phase III. The whole cost, plainly given, is one less unknown.]
    Five years: sensors and fitting, four hundred and twenty thousand in year one. Data service, sixty thousand a year after that. Nothing else: no day rates. # speaker: seller
    Olusegun writes it down and checks it against Lena's paper. # thought: Same as the paper. No surprises. Good.
+ [Ask Olusegun what missing the leakage target would cost #move: need-payoff #to: finance #why: A value question is a good move while value is being built. He asked for your numbers, and answering with a question about his leaves the cost as one more unknown with ten minutes to go.]
    ~ slip()
    Before the figures: what would missing the leakage target cost Fenmoor? # speaker: seller
    Olusegun looks at you over his glasses. # thought: I asked for their number.
    More than your sensors, I imagine. Your figures? # speaker: finance
+ [Ask if the numbers can wait for the written proposal #move: defer-topic #to: finance #why: Putting off a direct cost question, this late in his cycle, looks like a number with something to hide.]
    ~ slip()
    Could the numbers wait for the written proposal? It'll have the full breakdown. # speaker: seller
    Olusegun takes his glasses off and rubs his eyes. # mood: frustrated # thought: Then why am I on this call?
- -> risk

=== risk ===
~ settle()
And if the sensors don't find what you say they'll find? I'm paying for hardware in the ground. # speaker: finance # clock: 20 # note: His second question, from the start of the call. A Phase III answer is concrete, sized to the risk, and easy for him to check.
+ [Invite Olusegun to see how the acoustic sensors work #move: pitch #to: finance #path: tour #why: A sound explanation, and for him it is not harmful. But he asked what happens if they fail, not how they work.]
    ~ slip()
    Let me show you how the sensors work: each one listens to the pipe wall, and the software compares the traces overnight. # speaker: seller
    Olusegun listens, then looks at the clock. # thought: How it works isn't what happens if it doesn't.
+ [Quote the detection rate at your largest utility client #move: credentials #to: finance #why: Track record is a fair Phase III answer, but it is your figure from someone else's network. He is asking about his money in his ground.]
    ~ slip()
    At Tarrant Water we find ninety-one percent of leaks before they surface. # speaker: seller
    Olusegun writes "91% (theirs)". # thought: Their network. Their figure.
+ [Offer to sensor just the eight mains for a quarter, with a refund #move: address-risk #to: finance #path: exemplary #why: A pilot sized to the risk, on the mains that cost the most, with a way out he can measure: the most attuned answer to a Phase III risk question.]
    Then don't buy the network yet. We sensor just Carys's eight mains for a quarter, as a paid pilot. { defined: If it doesn't cut the bursts there, and so the leakage, you get a refund. | If it doesn't cut the bursts there, you get a refund. } # speaker: seller
    Olusegun writes "pilot, 8 mains, 90 days" and circles it. # thought: A small bet with a way out. I can sign small bets.
- -> departure

=== departure ===
~ settle()
{ slips == 0:
    Olusegun stands and picks up his jacket.
    Lena, Carys: if you two want the pilot, send me the terms and I'll sign them. # speaker: finance # thought: First vendor this year who answered me before I had to ask twice.
- else:
    Olusegun stands and picks up his jacket.
    Send me something in writing. # speaker: finance # thought: Not convinced. Lena will have to carry it.
}
His tile goes dark. # present: buyer ops # clock: 16
If you put sensors on those mains, my crews are still going out at night, aren't they? What changes for them? # speaker: ops # note: Carys has moved on only if the seller let her tell and cost her story. The same question fits a Phase II buyer and a Phase I buyer differently. Who is she now?
+ [Ask Carys what daytime repairs would do for her crews #move: need-payoff #to: ops #path: exemplary #why: A need-payoff question: she says in her own words what planned repairs would be worth. It fits her now that she sees the problem, and it is her case to make to her crews, not yours.]
    What would planned repairs, in daylight, do for your crews? # speaker: seller
    { phase_ops == 2:
        Nobody called out at two in the morning. I'd keep my crew leads. # speaker: ops # thought: I'd keep my crew leads. That's what this is.
    - else:
        Fewer nights out, I suppose. # speaker: ops # thought: I suppose. I still don't see what it's for.
    }
+ [Turn to Lena and promise crews training in week one #move: address-risk #to: buyer #why: A reasonable answer for Lena, who wants the project to be safe. But Carys asked, and answering her colleague instead leaves her question with nobody.]
    ~ slip()
    Lena, I can promise the crews training in week one. # speaker: seller
    Lena nods. # thought: Good.
    Carys waits, then looks down at her phone. # thought: I asked, not Lena.
+ [Show Carys the screen her supervisors would use each morning #move: pitch #to: ops #path: tour #why: A demo is right for someone weighing solutions. Carys has not said yet what a change would be worth to her; showing her a screen asks her to do that sum herself.]
    ~ slip()
    Here's what your supervisors would see each morning: the mains, ranked by risk. # speaker: seller
    Carys squints at the shared screen from the van. # thought: Another screen. My supervisors are in vans, not offices.
- -> approval

=== approval ===
~ settle()
Lena unmutes. # clock: 12
Olusegun's the big one. But it isn't only him. # speaker: buyer # thought: They've got him. Now there's the rest of it. # note: The seller came to ask who else has to approve. Lena has just opened the door.
+ [Ask if you may draft the board paper for her #move: next-step #to: buyer #path: tour #why: Helpful, and she may accept. But you still do not know who approves the pilot, and a paper written by the vendor reads like one.]
    ~ slip()
    May I draft the board paper for you? It might save you a day. # speaker: seller
    That's kind. # speaker: buyer # thought: It would read like a brochure.
+ [Invite Lena to think aloud about who she must brief #move: listen #to: buyer #why: Patient, and she does think aloud. But the question of who approves goes unasked, and she is waiting for you to contribute.]
    ~ slip()
    Do think aloud about who you need to brief. It often helps. # speaker: seller
You leave Lena room to think.
    She lists the people she'll need to brief, and does not say which of them could stop it. # thought: I'm doing their job for them.
+ [Ask Lena which other approvals are needed besides Olusegun's #move: hard-question #to: buyer #covers: approval #path: exemplary #why: Ask what you came to ask. Knowing who else approves turns a committee's interest into a plan that can actually move.]
    Which other approvals are needed, besides Olusegun's? # speaker: seller
    Our procurement lead signs anything over fifty thousand, and Carys has to release the crews. # speaker: buyer # thought: Good. They know it's not over when the FD says yes.
- -> crews

=== crews ===
~ settle()
{ phase_ops == 2:
    My lads will want to know this isn't another system that sends them to dig in the wrong place. # speaker: ops # clock: 8 # thought: If the crews don't trust it, it's dead by March.
- else:
    My lads won't trust it. They've had systems before. # speaker: ops # clock: 8 # thought: Another gadget from head office.
}
Lena looks at Carys's tile. # thought: If Carys says no, the crews say no. # note: Carys has named her own risk: her crews' trust. What could the seller contribute that makes it her project, not head office's?
+ [Acknowledge her crews have been let down before #move: reflect #to: ops #why: Kind, and true. But she has told you that; she wants to know what would be different this time.]
    ~ slip()
    Your crews have been let down by systems before. I understand that. # speaker: seller
    They have. # speaker: ops
    She waits for more. # thought: Yes. And this one?
+ [Suggest her crew leads choose the mains for the sensors #move: insight #to: ops #path: exemplary #why: One new idea, offered once her story has been heard: let the people who dig choose where the sensors go. It turns a head-office system into her crews' pilot.]
    What if your crew leads chose which of the eight mains get sensors first? They know where the bad ones are. # speaker: seller
    Carys laughs for the first time. # thought: Big Dai would love that. He's been saying it for years.
    They'd pick Holbeach Road. They'd be right, too. # speaker: ops
+ [Tell Carys crews at other utilities trust the alerts within weeks #move: credentials #to: ops #path: tour #why: True, elsewhere. For a buyer still working out her problem, other people's crews sound like an expert telling her what her own will feel.]
    ~ slip()
    Crews at other utilities trust the alerts within a few weeks. # speaker: seller
    Carys raises an eyebrow. # thought: Other utilities' crews aren't mine.
- -> close

=== close ===
~ settle()
~ phase = 3
{ slips == 0: Lena has the pilot terms open in another window. | Lena looks at her notes. }
So, what happens next? # speaker: buyer # clock: 4 # note: Lena has moved to Phase III: the decision is close, and what remains is making it safe. An advance needs a step the committee commits to.
+ [Ask Lena to book the kick-off with the crew leads #move: next-step #to: buyer #path: exemplary #why: A concrete step that the people on the call can commit to now: a date, the crews who choose the mains, and terms Olusegun has already said he will sign.]
    Could you book the kick-off now, with Carys's crew leads in the room to choose the mains? # speaker: seller
+ [Ask Lena if the committee could commit to the whole network today #move: hard-question #to: buyer #why: A brave question, and asking for the decision is right late in the cycle. But Olusegun has offered a pilot, not a network, and has left the call: the question asks for something nobody here can give.]
    ~ slip()
    Could the committee commit to the whole network today, rather than a pilot? # speaker: seller
    Lena glances at Olusegun's dark tile. # thought: He's gone, and he said pilot. Weren't they listening?
    Not today. Not the network. # speaker: buyer
+ [Promise all three of them a summary of the call #move: defer-topic #to: buyer #path: tour #why: Courteous, but it is a seller's promise, not a step the committee commits to. Late in the cycle, deferring the next step leaves each of them to make up their own mind alone.]
    I'll send all three of you a summary of today's call. # speaker: seller
- -> ending

=== ending ===
{
- slips >= 3:
    -> no_sale
- slips >= 1:
    -> continuation
- else:
    -> advance
}

=== advance ===
Lena opens her calendar on the shared screen. # clock: 0
The fourteenth. Carys, can your crew leads do the fourteenth? # speaker: buyer # thought: Olusegun said he'd sign. Carys is in. This is happening.
The fourteenth's fine. I'll bring Dai. # speaker: ops # thought: My crews choosing. That I can sell to them.
Lena books it while you watch: the pilot kick-off, Carys and two crew leads, and the terms to Olusegun by Friday.
You leave the call with the pilot kick-off in the diary and the finance director waiting for the terms. # outcome: advance
-> END

=== continuation ===
Thanks, all. We'll talk it over and come back to you. # speaker: buyer # clock: 0 # mood: guarded # thought: Olusegun will ask what I saw in them. I'm not sure I can say.
{ phase_ops == 2:
    Carys nods, and leaves the call. # thought: The mains, not the crews. That part was useful.
- else:
    Carys leaves the call without a word. # thought: Head office can have their gadget. Not on my crews.
}
Nothing is agreed. Lena will take it back to the committee. # outcome: continuation
-> END

=== no_sale ===
Thanks for your time. We'll be in touch. # speaker: buyer # clock: 0 # mood: frustrated # thought: I put my name on this, and it fell apart in front of Olusegun.
Carys has already left the call. # thought: Another gadget. Not my problem.
A fortnight later Lena writes: the committee has chosen another vendor. # outcome: no-sale
-> END
