import type { SuggestedKind } from '../../../lib/domain/suggestions';

/**
 * Caption lines labelled by an author who never saw the lexicon (written blind, after it), kept
 * apart from the corpus the lexicon was tuned on: the honest measure of what it reaches on
 * lines it was not written for. Do not tune the lexicon to these lines; add new ones instead.
 */
export const HELDOUT_CORPUS: ReadonlyArray<readonly [string, SuggestedKind | null]> = [
  // ---------------------------------------------------------------- request
  [
    'Could you maybe find half an hour next week to walk our team through the integration?',
    'request',
  ],
  ['would you be open to introducing us to someone on the procurement side', 'request'],
  ["So, um, if you could send over the deck after this, that'd be really helpful.", 'request'],
  [
    "We'd love a bit of help from your engineers on the API side, if you can spare anyone.",
    'request',
  ],
  ['Is there any chance you could loop in your head of partnerships on the next call?', 'request'],
  ['can you put us in touch with whoever runs the reseller programme over there', 'request'],
  [
    'Really what we need from you is a couple of pilot sites, would you be able to arrange that?',
    'request',
  ],
  [
    'Would you mind sharing the security questionnaire so our team can get started on it?',
    'request',
  ],
  ['I was hoping you could spare a few sandbox accounts for our developers.', 'request'],

  // ---------------------------------------------------------------- proprietary
  ['So what are you actually charging your bigger customers per seat these days?', 'proprietary'],
  ['Out of curiosity, what kind of margins are you running on the hardware side?', 'proprietary'],
  ['Who are your top three accounts right now, by revenue?', 'proprietary'],
  ['are you talking to anyone else about this like is salesforce in the mix', 'proprietary'],
  ["What's on the roadmap for the next two quarters, internally I mean?", 'proprietary'],
  ["Roughly what's your monthly burn at the moment?", 'proprietary'],
  ['Can you tell me what discount you gave the last distributor you signed?', 'proprietary'],
  ['which other agencies are you in conversations with at the moment', 'proprietary'],
  ['What does your churn look like, like the real number, not the one in the deck?', 'proprietary'],

  // ---------------------------------------------------------------- value
  [
    "I can introduce you to the CTO at Halden Logistics, they've been looking for exactly this.",
    'value',
  ],
  [
    'One thing we learned the hard way is to get legal involved before the pilot, not after, it saves you months.',
    'value',
  ],
  [
    "we've got a benchmark report on retail footfall I'm happy to pass along if it's useful",
    'value',
  ],
  [
    "From our experience, the councils up north tend to buy through frameworks, so it's worth getting on one early.",
    'value',
  ],
  [
    "I'll share our onboarding playbook, it's basically everything we wish we'd known in year one.",
    'value',
  ],
  [
    "If you want, I know a couple of angels in the climate space who'd probably take a meeting with you.",
    'value',
  ],
  [
    "Something that might help, our data shows mid-market buyers convert about twice as fast when there's a free trial.",
    'value',
  ],
  [
    "So a tip from when we went through SOC 2, use a compliance platform, don't try and do it in spreadsheets.",
    'value',
  ],
  [
    'We can set you up on our partner sandbox so your team can kick the tyres before committing to anything.',
    'value',
  ],

  // ---------------------------------------------------------------- offer-help
  ['What can I do to help you on your side?', 'offer-help'],
  ['Is there anything we can do to make this easier for your team?', 'offer-help'],
  ['so how can we be useful to you like what would actually move the needle', 'offer-help'],
  ["If there's anything you need from us, just shout.", 'offer-help'],
  ['What would be most helpful for you coming out of this call?', 'offer-help'],
  ['Let me know if I can help in any way with the board prep.', 'offer-help'],
  ['Anything I can take off your plate this week?', 'offer-help'],
  ['how can i support you guys with the launch', 'offer-help'],
  ["We're more than happy to help however we can, just tell us where it hurts.", 'offer-help'],

  // ---------------------------------------------------------------- appreciation
  ["Thanks so much for making the time today, I know you're slammed.", 'appreciation'],
  ['Really appreciate you pulling those numbers together, that was a lot of work.', 'appreciation'],
  ['that intro to Priya was brilliant by the way thank you', 'appreciation'],
  ['Credit to your team, the pilot went far smoother than we expected.', 'appreciation'],
  ['Cheers for sending the contract over so quickly.', 'appreciation'],
  [
    'I just want to acknowledge that your feedback on the pricing page really changed how we think about it.',
    'appreciation',
  ],
  ['Marco did a fantastic job on the integration, please do pass that on.', 'appreciation'],
  ['thank you for being so open with us it makes this a lot easier', 'appreciation'],
  [
    "We couldn't have closed that deal without your input, so, genuinely, thank you.",
    'appreciation',
  ],

  // ---------------------------------------------------------------- commitment
  ["I'll send you the revised proposal by Friday.", 'commitment'],
  ["So we'll have the API keys over to your team by end of day tomorrow.", 'commitment'],
  ["Sarah's going to set up the intro with their CFO before the end of next week.", 'commitment'],
  ['i will get the signed NDA back to you by monday morning', 'commitment'],
  ['Our legal team will turn round the redlines by the twelfth.', 'commitment'],
  ["Right, I'll book the follow-up for Thursday at two and send the invite tonight.", 'commitment'],
  ["We're committing to having the pilot live by the first of March.", 'commitment'],
  ["I'll draft the joint press release and share it with you before Wednesday.", 'commitment'],
  ["by close of business on the 20th you'll have the pricing sheet from me", 'commitment'],
  [
    "I don't have the exact figure to hand, but I'll check with finance and email it to you by Tuesday.",
    'commitment',
  ],

  // ---------------------------------------------------------------- overpromise
  ["We'll double your revenue in six months, easy, guaranteed.", 'overpromise'],
  ["Look, we can integrate with literally anything, whatever you need, it's done.", 'overpromise'],
  [
    "Don't worry about scale, we'll handle a million users from day one, no problem.",
    'overpromise',
  ],
  ["we'll get you into every major retailer in the UK trust me", 'overpromise'],
  ["Whatever features you need, we'll just build them, it won't be an issue.", 'overpromise'],
  [
    'I can promise you this partnership will be the biggest thing either of us has ever done.',
    'overpromise',
  ],
  ['Our platform will basically eliminate all your support tickets overnight.', 'overpromise'],
  ['We can take you global, Asia, Europe, LatAm, all of it, this year.', 'overpromise'],
  ['zero downtime zero bugs that i can guarantee', 'overpromise'],

  // ---------------------------------------------------------------- evasive
  [
    "Pricing is, um, it really depends, we'd have to see, let's not get into numbers yet.",
    'evasive',
  ],
  ["I'd rather not commit to a timeline at this stage, there's a lot of moving parts.", 'evasive'],
  ['yeah the onboarding process is kind of it varies we sort of figure it out as we go', 'evasive'],
  ["Let's park the cost question for now and come back to it later.", 'evasive'],
  [
    "It's hard to say how long implementation takes, every client's different, you know.",
    'evasive',
  ],
  ["I can't really get into how the approval process works on our end.", 'evasive'],
  ["we'll sort out the fees at some point, no need to worry about that now", 'evasive'],
  [
    "Timeline-wise, uh, sooner rather than later, hopefully, but I wouldn't want to pin anything down.",
    'evasive',
  ],
  ["That's a question for another day, the budget side is a bit complicated.", 'evasive'],

  // ---------------------------------------------------------------- dismissive
  ["With respect, I don't think you really understand how enterprise sales works.", 'dismissive'],
  ["Yeah, yeah, we've heard that before, it's not really relevant here.", 'dismissive'],
  [
    "Let me stop you there, our engineers have already looked at this and you're wrong.",
    'dismissive',
  ],
  ["that's a very academic view in the real world nobody does it that way", 'dismissive'],
  ["I'm not sure your background in retail really applies to what we do.", 'dismissive'],
  [
    "Sorry, can I just jump in, that's not how it works, so anyway, as I was saying...",
    'dismissive',
  ],
  ["We don't need your compliance people to weigh in, we know what we're doing.", 'dismissive'],
  ["That's overthinking it, you don't need to worry about the technical side.", 'dismissive'],
  ['look no offence but that advice is maybe five years out of date', 'dismissive'],

  // ---------------------------------------------------------------- null: meeting logistics
  ['Can you hear me okay?', null],
  ["you're on mute", null],
  ['Sorry, could you share your screen? I can only see your face.', null],
  ['sorry you froze for a sec there could you say that last bit again', null],
  ["I'll drop the link in the chat.", null],
  ['Should we wait for Anna or just kick off?', null],
  ["Just a heads up, I've got a hard stop at half past.", null],
  ['Let me just turn my camera on, one sec.', null],
  ['can everyone see the spreadsheet or is it just a black box', null],
  ['Is it okay if I record this so I can take notes afterwards?', null],
  ["I think Dave's joining in a couple of minutes, he's just finishing another call.", null],
  ['Sorry, my wifi is being a bit dodgy today.', null],
  ['Sorry, go ahead, you were saying?', null],
  ["okay perfect I think that's everything from my side", null],
  ["Let's move on to the next item on the agenda.", null],

  // ---------------------------------------------------------------- null: small talk
  ['How was your weekend, did you get away in the end?', null],
  ['Oh nice, I was in Manchester last week as well, absolutely chucking it down.', null],
  ["yeah it's been mad busy since January to be fair", null],
  ['Did you catch the game last night? Brutal ending.', null],
  ['Ha, coffee number three over here, so bear with me.', null],
  ['Apologies for the noise, the kids are off school this week.', null],

  // ---------------------------------------------------------------- null: questions that are not requests
  ['So how long have you been at the company now?', null],
  ['Where are you based these days, still in Lisbon?', null],
  ['How did the conference go, was it worth it?', null],
  ['What made you start the company in the first place?', null],
  ['Did you get a chance to look at the deck before the call?', null],
  ['Is that the same team that did the Dublin launch?', null],

  // ---------------------------------------------------------------- null: neutral business facts
  ["We've got about forty people now, mostly engineering.", null],
  ["We launched in Germany last spring and it's going okay.", null],
  ['our main product is a scheduling tool for private clinics', null],
  ['So the current contract renews in September.', null],
  ['We closed our Series A back in March.', null],
  ['The pilot ran for six weeks across three sites.', null],
  ['Most of our customers are mid-sized manufacturers in the Midlands.', null],
  ['we moved everything from heroku over to aws last year', null],
  ["The team's split between Leeds and Austin, so time zones are fun.", null],
  ["Right, so that's basically the overview of where we are.", null],
  [
    'The list price is twelve thousand a year and implementation usually takes about six weeks.',
    null,
  ],
  ["We've worked with quite a few retailers over the years.", null],
  ["The regulations changed in April, so everyone's scrambling a bit.", null],
  ["um so yeah that's kind of where we landed on the pricing model internally", null],
  ["Our competitors mostly sell through resellers, we've gone direct.", null],
  ["I'll let Priya take this one, she knows the numbers better than me.", null],
  ["Tom mentioned you'd worked with Ofcom before.", null],

  // ---------------------------------------------------------------- null: acknowledgements / fillers
  ['Okay, yeah, makes sense.', null],
  ['mm-hm yeah', null],
  ['Got it, so the final decision sits with procurement.', null],
  ["Interesting, I hadn't thought about it that way.", null],
  ["Yeah I think we're aligned on most of that.", null],

  // ---------------------------------------------------------------- null: vague intentions (no time named, no concrete offer)
  ["I'll send that over.", null],
  ["We'll look into it and get back to you.", null],
  ['We should probably catch up again at some point.', null],
  ["Maybe there's something we could explore together down the line.", null],
  ['So the next step would probably be a technical call with both teams.', null],

  // ---------------------------------------------------------------- null: negated cues
  ["We can't promise anything on timing until legal signs off, but we'll keep you posted.", null],
  ["I don't want to overpromise here, so I'd rather say Q3 and beat it.", null],
  [
    "We're not going to share customer names, obviously, but I can tell you which sectors they're in.",
    null,
  ],
  ["I won't ask about your pricing, that's your business.", null],
  ["I'm not asking for anything today, I just want to understand your world a bit better.", null],
  ["We're not going to pretend we can do everything on day one.", null],

  // ---------------------------------------------------------------- null: reported speech
  ["She asked if we could get them the deck by Friday, so that's on our list.", null],
  ["Their CEO told us they'd triple our pipeline, which, well, we'll see.", null],
  ['last time we met them they asked straight out what our margins were', null],
  ['He promised us the moon last year and nothing came of it.', null],
  ["They asked whether we'd be willing to do a pilot, and we said probably.", null],
  ["I've no idea why they went with the other vendor in the end.", null],

  // ---------------------------------------------------------------- null: respectful disagreement (not dismissive)
  ["I'd push back a little on that, because the pilot data actually showed the opposite.", null],
  ['Fair point, though I think the retail angle is slightly different for us.', null],
];
