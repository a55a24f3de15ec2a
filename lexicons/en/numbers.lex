# Phrases around a number, written with "{n}" for any number (lexicons/README.md), from
# general knowledge of how posts count things: a price cut, years in a trade, a list of
# lessons, a growth figure, a baby's age in weeks, a birthday. The words around the
# number say what it counts; the number itself says nothing. Chosen from general
# knowledge (the years in a trade after a look at dev posts: bench/RESULTS.md); left out
# where the count goes both ways: "{n} years at" (a school, a company), "{n} years ago",
# "turns {n}" (a child or a company), "{n}th anniversary" (a marriage or a firm), "only
# €{n}" (a bargain at the market or an offer).

@category pitch
save {n}% = 2
up to {n}% off = 2
{n}% discount = 2
€{n} off = 2
£{n} off = 2
${n} off = 2
first {n} customers = 1.5

@category career
{n} years of experience = 1.5
{n}+ years of experience = 1.5
{n} years' experience = 1.5
{n} years experience = 1.5
{n} years in the industry = 1.5
{n} years in the business = 1
{n} years as a = 1
{n} years as an = 1
after {n} years at = 1
my first {n} days = 1

@category learning
{n} lessons = 1
{n} lessons i learned = 1.5
{n} things i learned = 1.5
{n} things i wish = 1
{n} tips = 1
{n} ways to = 1
{n} mistakes = 1
{n} takeaways = 1.5
{n} key takeaways = 1.5

@category data
{n}% of = 0.5
{n}% increase = 1
{n}% growth = 1
{n}% more = 0.5
{n}x faster = 1
{n}x growth = 1
{n}% yoy = 1.5

@category jobs
{n} open roles = 2
{n} open positions = 2
{n} vacancies = 1.5
{n} hours per week = 1
{n} hours a week = 0.5

@category company
{n} employees = 1
{n}+ employees = 1
{n} clients = 1
{n}+ clients = 1

@category events
{n} speakers = 1
{n} attendees = 1

@category baby
{n} weeks pregnant = 2
{n} weeks old = 1.5
{n} days old = 1.5
{n} months old = 1

@category family
{n} years married = 1.5
married for {n} years = 1.5

@category celebration
{n}th birthday = 1.5
{n}st birthday = 1.5
{n}nd birthday = 1.5
{n}rd birthday = 1.5

# A subscription price and a trial period are the terms of an offer (general knowledge of
# app and service pitches: "£2.99/month", "14-day trial", "free for up to 3 users").
@category pitch
£{n}/month = 1.5
${n}/month = 1.5
€{n}/month = 1.5
{n}-day trial = 1.5
{n} day trial = 1.5
free for up to {n} = 1.5

# A multi-buy price is a seller's offer ("£6 a jar or 2 for £11"); mild, since a buyer
# also reports a bargain.
@category pitch
{n} for £{n}
{n} for €{n}
{n} for ${n}

# Twelfth blind round: a price per item is a seller's terms, beside the multi-buy above
# ("£7 a jar or 2 for £12", "£3.50 each or 4 for £12"); mild for the same reason.
@category pitch
£{n} a jar
£{n} each
€{n} each

# Thirteenth blind round: more prices per item, as "£{n} a jar" ("£15 a tray", "£12 a box").
@category pitch
£{n} a tray
£{n} a box
