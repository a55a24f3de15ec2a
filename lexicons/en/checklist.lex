# English words for the pre-share checklist: claims that need backing up, evidence that
# backs them, speaking badly of one's own company, invitations to a conversation.

@category superlative
best
greatest
#1
number one
world-class -> well-tested
world class
best-in-class
revolutionary -> new
game changer -> real improvement
game-changer
game changing
unbeatable -> competitive
unmatched
unparalleled
guaranteed -> designed to
{n}% guaranteed
ever
of all time
the only
industry-leading
industry leading
market-leading
market leader
leading provider
cutting-edge -> recent
cutting edge
state-of-the-art
groundbreaking -> new
disruptive
unrivalled
unrivaled
the fastest
the cheapest
the smartest
the biggest
everyone knows -> in my experience
everybody knows
always works
never fails
proven
the ultimate
the perfect
life-changing
life changing
mind-blowing
insane results

@category evidence
source
"study"
"studies"
research shows
research
report
survey
data shows
the data
according to
per cent
percent
statistics
dataset
peer-reviewed
paper
published
"findings"
analysis
benchmark
measured
results show
evidence
citation
cited
source:
via

@category company_bad
my company sucks -> work is tough right now
my job sucks
hate my job
hate my boss
my boss is an idiot
my boss is a joke
worst company
worst employer
worst job
toxic workplace
toxic culture
our management is clueless
management is clueless
management has no clue
leadership has no clue
our product is broken
our product sucks
our software sucks
our customers are idiots
clients are idiots
can't stand my colleagues
my colleagues are useless
this company is a mess
company is a mess
layoffs are a mess
they underpay us
underpaid and overworked
going to quit
about to quit
rage quit
dead-end job

@category conversation
what do you think
what do you think?
thoughts?
your thoughts
let me know
let us know
share your
i'd love to hear
love to hear
curious to hear
curious what
how do you
how would you
what would you
what's your
what is your
have you ever
do you agree
agree or disagree
comment below
drop a comment
tell me
your experience
your take
would love your input
happy to discuss
open to feedback
feedback welcome
join the conversation
let's discuss
dm me
ask me anything

# Votes in a poll, not an election (they take "vote" from politics).
@category conversation
vote in the comments
vote below
vote and tell me
cast your vote
