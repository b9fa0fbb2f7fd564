# title: After the Champion
# buyer: Amira Haddad, the new chief operating officer at Harcourt Lyle, a law firm
# person: kwame Kwame Asante, a senior associate in the property team
# summary: Imogen, who bought your drafting platform, left Harcourt Lyle in the spring. The renewal is six weeks away, half the seats lie idle, and Amira, who inherited the contract, has never been told why the firm bought it. There is no one to vouch for you, and your own team wants you to sell her more.
# must: fix Ask what she is trying to fix in her first months
# must: finance Ask what finance will need to see to keep the contract
# must: walk-away Tell her plainly which extra purchase she should not make
# path-name: exemplary the seller who renewed what the firm uses
# path-name: upsell the seller who kept selling

// Amira starts in Phase I: she does not yet know what problem the contract was meant to solve, or whether
// the firm still has it. She moves to Phase II once Kwame has told her what the platform does for his
// team, and to Phase III when she turns to what to renew. Kwame is in Phase II all along: he knows what
// the platform does and wants it kept. The expansion your own firm wants sold is the wrong deal: walking
// away from it is what makes the renewal believable. Each beat is visited once; its choices rejoin.
//   slips      pieces of her case the seller left missing or made worse (capped at 3):
//              1 costs the signature, 2 the renewal becomes "we'll see", 3 the contract lapses
//   costed     she put a figure on the write-offs (read in the endings)
//   expanded   the seller pushed the expansion while she was deciding whether to keep anything
//   kept       the seller argued for keeping every seat
VAR phase = 1
VAR phase_kwame = 2
VAR slips = 0
VAR costed = false
VAR expanded = false
VAR kept = false

-> opening

=== function slip(n) ===
~ slips = MIN(slips + n, 3)

// Once the renewal is a "we'll see" at best, what was missing no longer changes what she says.
=== function settle() ===
{ slips >= 2:
    ~ costed = false
    ~ kept = false
}

=== opening ===
Harcourt Lyle's offices, the fourth floor. Amira Haddad's desk is clear except for one folder: your contract, with a renewal date circled in red. # scene: office # clock: 30 # present: buyer
Thanks for coming. I'll be honest: I inherited this. Imogen signed it, and Imogen left in April. # speaker: buyer
Finance has it on a list of things to cut. Half the seats haven't been used since the summer. # speaker: buyer # thought: Give me one reason not to let it lapse. # note: No sponsor, no history she shares, and a buyer who is new and still working out what her job is. Before defending the contract, what would the seller need to know about her?
+ [Explain why Imogen chose you over the three other vendors #move: credentials #path: upsell #why: The history is real, but it belongs to someone who has left. In Phase I an account of your own merits sounds like a lecture, and she has not yet said what she is trying to fix.]
    ~ slip(1)
    Imogen chose us over three others, mostly on drafting speed and how well we handle precedents. # speaker: seller
    Amira writes "Imogen" on the folder and nothing else. # thought: I didn't ask why Imogen liked them.
+ [Ask what she wants to fix in her new role #move: open-probe #covers: fix #path: exemplary #why: She has told you the contract is at risk; she has not told you what she is trying to achieve. A Phase I question about her problem, not yours, is the one thing that can make the contract matter to her.]
    Before the contract: what do you want to fix in your new role? # speaker: seller
    Amira looks at you properly for the first time. # thought: Nobody's asked me that. They've all asked about the renewal.
+ [Offer to walk her through what the platform does today #move: pitch #why: A demo is the natural answer to "give me a reason". But she is still working out her own problem, and a Phase I buyer shown a solution hears a vendor protecting a contract.]
    ~ slip(1)
    Let me walk you through what the platform does today. It's moved on a lot since Imogen signed. # speaker: seller
    Amira lets you open the laptop, and checks her phone twice. # mood: guarded # thought: A demo of something I'm about to cancel.
- -> problem

=== problem ===
~ settle()
{ slips == 0: Write-offs. | The real problem here is write-offs. } # speaker: buyer # clock: 26
Our fixed-fee work runs over, and the partners write off the difference. Nobody can tell me why it's worse in some teams than in others. # speaker: buyer # note: She has named her problem, but vaguely. In Phase I, what turns a vague problem into one she can take to finance?
+ [Say back that fixed-fee work is running over in some teams #move: reflect #why: Accurate, and it shows you listened. But it leaves the problem as vague as she brought it, and she has nothing yet she could put in front of finance.]
    ~ slip(1)
    So fixed-fee work is running over, and more in some teams than others. # speaker: seller
    That's it. # speaker: buyer
    She waits to see what you make of it. # thought: Yes. And?
+ [Have her put a number on the write-offs for the year #move: implication #path: exemplary #why: An implication question in Phase I turns a complaint into a number. A cost she has stated herself is the case she will need for finance, and it is hers, not yours.]
    ~ costed = true
    Could you put a number on the write-offs for the year? # speaker: seller
    She opens a spreadsheet and turns the screen towards you.
    Nine hundred thousand, give or take. Most of it on fixed-fee leases and reviews. # speaker: buyer # thought: Saying it out loud, that's a lot of money.
+ [Link it to the platform: say it was bought to fix that #move: insight #path: upsell #why: It may even be true. But she has only just named the problem, and an answer this early sounds like a vendor fitting her problem to the product.]
    ~ slip(1)
    That's exactly the problem the platform was bought to fix. # speaker: seller
    Was it? # speaker: buyer
    Amira sits back and folds her arms. # mood: guarded # thought: Convenient.
- -> who

=== who ===
~ settle()
And I still don't know what Imogen bought it for. There's nothing in the file but the invoice. # speaker: buyer # clock: 22 # note: There is nobody left to vouch for the contract, but there may be someone who still depends on it. Who could tell her better than the seller can?
+ [Look at her usage sheet for the teams that log in daily #move: open-probe #path: exemplary #why: The seller's account of why the firm bought it would be a sales pitch. The people still using it can tell her in their own words, and a Phase I buyer trusts her own people's answer.]
    Could we look at the usage sheet? Which teams log in every day? # speaker: seller
    She checks the usage sheet.
    The property team. Kwame's lot. He's two doors down. # speaker: buyer # thought: I could just ask him.
    She leans out of the door and calls him in.
+ [Offer her the old business case from Imogen's file #move: credentials #why: A copy of the old case answers her question, but in a document written by someone who has left, for a firm that has changed. She reads it as the seller's case.]
    ~ slip(1)
    I've brought the business case from Imogen's file. She wrote it two years ago. # speaker: seller
    Amira reads the first page, then turns it over. # thought: Two years old, and written to get it approved.
    Let me ask Kwame. He's two doors down. # speaker: buyer
    She leans out of the door and calls him in.
+ [Invite her to list what else she has inherited #move: listen #path: upsell #why: Patient, and she does go on. But the question of who depends on the platform goes unasked, and she fills the silence with the list of things she means to cut.]
    ~ slip(1)
    What else have you inherited? # speaker: seller
    Three systems, two of them duplicates, and a print contract nobody can explain. # speaker: buyer # thought: At least they listen.
    She stops, then calls through the door to the associate passing in the corridor.
- -> kwame

=== kwame ===
~ settle()
Kwame Asante comes in with a coffee and a pile of leases, and stays standing. # present: buyer kwame # clock: 19
We use it on every fixed-fee lease. Drafting a standard lease went from two days to half a day. The other teams never got trained after Imogen left. # speaker: kwame # thought: If they cut this, I'm back to two days a lease. # note: Kwame is in Phase II: he knows what the platform does and wants it kept. The buyer is listening to him, not to the seller. Whom should the seller's next move address?
+ [Say his results match your other law-firm clients #move: credentials #to: kwame #why: Kwame likes hearing it, and it is true. But it turns his story into your statistic, and Amira hears a vendor claiming the credit.]
    ~ slip(1)
    That matches what we see at our other law firms. # speaker: seller
    Kwame shrugs. # thought: I don't care about their other firms. I care about my leases.
    Amira writes nothing down. # thought: Of course it does.
+ [Urge Amira to put every team back on it #move: pitch #path: upsell #why: Kwame's story is the best argument you have, and the temptation is to cash it at once. But Amira is still working out her problem, and a rollout proposal in Phase I is a pitch.]
    ~ slip(1)
    Then let's put every team back on it. We could retrain the whole firm by January. # speaker: seller
    Kwame looks at the floor. # thought: Don't make this about selling more.
    Amira looks at the pile of leases, not at you. # mood: guarded # thought: He wants to sell me more of the thing I'm cutting.
+ [Invite Kwame to say how half a day changes his fixed fees #move: need-payoff #to: kwame #path: exemplary #why: A need-payoff question for someone in Phase II: Kwame states the value in his own words, and Amira hears her problem answered by her own colleague, not by the seller.]
    Kwame, how does half a day instead of two change your fixed fees? # speaker: seller
    We're the only team that doesn't write off. We quote a fixed fee and we come in under it. # speaker: kwame # thought: Nobody's asked me that. That's exactly it.
    Amira looks from Kwame to her spreadsheet and back. # thought: The one team without write-offs is the one team using it.
- -> usage

=== usage ===
~ settle()
~ phase = 2
Kwame heads back to his desk. # present: buyer
Amira turns the usage sheet towards you. # clock: 15
So why did usage halve? # speaker: buyer # note: She has moved on: she can now see a problem and a possible answer, and she is weighing it. A Phase II buyer welcomes an idea, if it explains something she can check.
+ [Ask if she has seen the features released since she joined #move: pitch #path: upsell #why: A fair move for a Phase II buyer, and the features are good. But she asked why usage fell, and new features answer a different question.]
    ~ slip(1)
    Have you seen what we've released since you joined? Clause libraries, and a new review mode. # speaker: seller
    She watches politely. # thought: More features. I asked why nobody uses the old ones.
+ [Show her that usage fell where training stopped, not work #move: insight #path: exemplary #why: One idea, offered once her story has been heard: the drop follows the training, not the workload. It explains her own sheet, and it is something she can check.]
    Look at which teams dropped off. Every one of them joined after Imogen's last training round. Usage fell where training stopped, not where the work did. # speaker: seller
    Amira runs her pen down the sheet, team by team. # thought: They're right. Every one.
    { costed:
        And those are the teams with the write-offs. # speaker: buyer # thought: Nine hundred thousand, in the teams nobody trained.
    }
+ [Say you will send her a full usage report after the meeting #move: defer-topic #why: Helpful, and she would read it. But she asked now, and deferring the one question she asked leaves her with nothing to think with until the report arrives.]
    ~ slip(1)
    I'll send you a full usage report after the meeting. # speaker: seller
    Fine. # speaker: buyer
    She caps her pen. # thought: So they don't know either.
- -> finance

=== finance ===
~ settle()
Finance will still want it off the list. What would you do in my place? # speaker: buyer # clock: 12 # note: The seller came to ask what finance needs to see. The buyer has just asked for advice: is there a way to give it that also answers the question?
+ [Offer a discount to keep the renewal off the list #move: price #why: It looks like help. But nobody has said the price is the problem, and a discount offered unasked tells finance the contract was overpriced.]
    ~ slip(1)
    I could take fifteen percent off the renewal, if that keeps it off the list. # speaker: seller
    Amira writes "-15%" and looks at it. # thought: So it was overpriced all along.
+ [Ask what finance will want to see in order to keep it #move: hard-question #covers: finance #path: exemplary #why: Ask what you came to ask. Knowing what finance will test tells you what her case has to contain, and it helps her build it.]
    What will finance want to see to keep it? # speaker: seller
    A cost that matches the use. They won't pay for a hundred and forty seats when fifty-five log in. # speaker: buyer # thought: Good question. That is the whole problem, in one line.
+ [Ask for a call with finance next week to make the case #move: next-step #path: upsell #why: A step forward, and it sounds proactive. But you do not yet know what finance will test, and a call you ask for is not one she has agreed to.]
    ~ slip(1)
    Could we get a call with finance next week? I'd like to make the case myself. # speaker: seller
    I'll ask. # speaker: buyer # thought: They want to go over my head before I know what I think.
- -> expansion

=== expansion ===
~ settle()
Amira pulls an email up on her screen. # clock: 10
Your colleague Dev wrote to me last week. The litigation module and two hundred seats, cheaper per seat than what we pay now. Should we? # speaker: buyer # thought: If they say yes to this, I know what they're here for. # note: The seller's own firm wants this sale. The buyer is deciding whether to keep anything at all. What is this deal worth, and what would it cost?
+ [Take her through the savings the litigation module brings #move: pitch #path: upsell #why: A Phase II buyer wants to see solutions, and the module is good. But she is cutting half of what she has, and a vendor who sells more at this moment tells her what the meeting was for.]
    ~ expanded = true
    ~ slip(2)
    The litigation module is strong. Firms your size save around a day a case on disclosure review. # speaker: seller
    Amira closes the email. # mood: guarded # thought: There it is.
+ [Show her how the per-seat price drops with two hundred more #move: price #why: The arithmetic is right, and it is what Dev proposed. But cheaper seats are only cheaper if someone uses them, and she has just shown you that half of hers lie idle.]
    ~ expanded = true
    ~ slip(2)
    Here's how it works out: with two hundred more, every seat comes down by a third. # speaker: seller
    Amira copies the figure, then moves it next to the usage sheet. # thought: A third off seats nobody uses.
+ [Tell her not to buy it this year, and why #move: defer-topic #covers: walk-away #path: exemplary #why: The deal worth walking away from. A firm that cannot use half its seats does not need two hundred more; saying so costs you a sale this year and makes every other word you have said believable.]
    Don't buy it. Not this year. You have teams who never got trained on what you already pay for. Get them using that first, and if litigation still needs it next year, we'll talk then. # speaker: seller
    Amira looks at you for a long moment. # thought: A vendor telling me not to buy. I did not expect that.
    Dev won't thank you for that. # speaker: buyer
- -> rightsize

=== rightsize ===
~ settle()
~ phase = 3
{ expanded: Amira shuts the email. | Amira closes Dev's email and opens the contract. }
Then what should we renew? # speaker: buyer # clock: 8 # note: She has moved on again: she is now choosing what to keep, and weighing what it will cost her to be wrong. Price and terms belong in this conversation.
+ [Suggest sixty seats for the teams that use it #move: price #path: exemplary #why: Talking price is aligned in Phase III, and here it means a smaller contract: a cost that matches the use is exactly what finance will test, and it costs the seller revenue to say so.]
    Sixty seats, at the price you pay now, for property and the two teams who still log in. Not a hundred and forty. # speaker: seller
    Amira writes "60" next to the renewal date. # thought: Smaller, and they suggested it. That I can defend.
+ [Say most firms keep every seat at renewal #move: credentials #why: A fact about other firms, and late in the cycle track record can help. But it argues for the size of the contract, not for the fit finance will test.]
    ~ kept = true
    ~ slip(1)
    Most firms keep every seat at renewal. It's less disruptive. # speaker: seller
    Amira looks at the fifty-five in her usage column. # thought: Most firms aren't paying for eighty-five empty seats.
+ [Renew all hundred and forty, so the other teams can return #move: pitch #path: upsell #why: It keeps the door open for the teams you hope to win back. But finance will see eighty-five idle seats, and she will have to defend them.]
    ~ kept = true
    ~ slip(1)
    Renew all hundred and forty. The other teams will return once they're trained. # speaker: seller
    Amira taps the usage column with her pen. # thought: I'd have to defend eighty-five empty seats.
- -> risk

=== risk ===
~ settle()
And if the other teams never take it up again? # speaker: buyer # clock: 5 # note: The risk question of a buyer about to commit. A concrete answer she can check beats both reassurance and putting it off.
+ [Offer a training plan and a usage check at ninety days #move: address-risk #path: exemplary #why: The most attuned answer to a risk question late in the cycle is a plan she can check: training for the teams that dropped off, and a date on which the use will be measured.]
    We retrain the two teams with the worst write-offs this quarter, at no charge. At ninety days we look at the usage together. If it hasn't moved, you drop to the seats that are used. # speaker: seller
    Amira writes "90 days" and underlines it. # thought: A check with a date on it. Finance likes dates.
+ [Say that's a fair worry after the year she has had #move: reflect #why: Kind, and true. But she asked what happens if it goes wrong, and being understood does not give her anything to put in front of finance.]
    ~ slip(1)
    That's a fair worry, after the year you've had with it. # speaker: seller
    It is. # speaker: buyer
    She waits for the rest. # thought: I know it's fair. What's the plan?
+ [Park the question until a joint review next year #move: defer-topic #path: upsell #why: It sounds relaxed, but it puts her risk off for a year. Deferring a risk question this late looks like you would rather not answer it.]
    ~ slip(1)
    Let's park that until we review it together next year. # speaker: seller
    Amira writes nothing. # mood: guarded # thought: Next year I'll be the one explaining the empty seats.
- -> close

=== close ===
~ settle()
{ slips == 0: Amira turns the contract to its last page. | Amira looks at the red circle round the renewal date. }
So. What are you asking me for? # speaker: buyer # clock: 2 # note: The outcome is decided here. A renewal is an order once the price and terms are known; a step she commits to is an advance.
+ [Trade ten percent off for a three-year renewal #move: price #why: A longer contract at a lower price sounds like good value. But she is trying to cut a commitment, not lengthen one, and finance will ask why the price moved.]
    ~ slip(1)
    Ten percent off if you renew for three years instead of one. # speaker: seller
+ [Ask if you can send the paperwork over for her to review #move: defer-topic #path: upsell #why: Courteous, but it steps back from a buyer who has just asked what you want. Late in the cycle, putting off the ask hands the decision to the finance list.]
    Can I send the paperwork over for you to review? # speaker: seller
+ [Tell her you'd like her signature for sixty seats today #move: next-step #path: exemplary #why: The price and terms are known and she has shaped them. Asking plainly for the renewal she can defend turns the meeting into an order.]
    I'd like your signature today: sixty seats, at today's price, with the ninety-day check written in. # speaker: seller
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
Amira reads the renewal twice and changes nothing. # clock: 0
Sixty seats, today's price, the retraining, and a check at ninety days. I'll sign that, and I'll take it off finance's list myself. # speaker: buyer # thought: Nine hundred thousand in write-offs, and the one team without them is the one using it. That's my case.
She signs, and sends Kwame a one-line email: "It stays."
On your way out, Kwame lifts his coffee to you from his desk. # scene: corridor # present: kwame
She told me you talked her out of the litigation thing. # speaker: kwame # thought: A vendor who said no. Huh.
The renewal is signed: sixty seats for a year, with retraining and a usage check at ninety days. # outcome: order
-> END

=== advance ===
Amira closes the folder. # clock: 0
I'm not signing today. Come to the operations meeting on Tuesday and put it to the practice heads. I'll keep it off finance's list until then. # speaker: buyer # thought: Nearly. There's still a gap I'd have to explain.
She puts Tuesday in her diary while you watch.
On your way out, Kwame catches you at the lift. # scene: corridor # present: kwame
Tuesday? Good. Bring the training plan. # speaker: kwame # thought: Still alive.
You leave with a place at the practice heads' meeting on Tuesday. # outcome: advance
-> END

=== continuation ===
Amira closes the folder. # clock: 0
Leave it with me. I'll let you know before the renewal date. # speaker: buyer # mood: guarded
{
- expanded:
    She shows you to the lift. # thought: They came to protect the contract and sell me more. I still don't know what it's for.
- kept:
    She shows you to the lift. # thought: They'd rather I paid for empty seats. Finance won't.
- else:
    She shows you to the lift. # thought: Maybe. I still can't make the case for it.
}
On your way out, Kwame looks up from his desk and then back down. # scene: corridor # present: kwame
It's still on the list, then. # speaker: kwame # thought: I'm going to be drafting leases by hand again.
Nothing is agreed. The renewal is still on finance's list. # outcome: continuation
-> END

=== no_sale ===
Amira closes the folder. # clock: 0
Thank you for coming in. I think we'll let it lapse. # speaker: buyer # mood: frustrated
{ expanded:
    She shows you to the lift. # thought: I asked for a reason to keep it, and got an offer to buy more.
- else:
    She shows you to the lift. # thought: Nobody could tell me why we have it.
}
On your way out, Kwame doesn't look up from his leases. # scene: corridor # present: kwame # thought: Two days a lease, then. Back to how it was.
At the end of the month the renewal date passes, and the firm's seats are switched off. # outcome: no-sale
-> END
