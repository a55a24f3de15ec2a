# Minimal English lexicon for the unit tests: each entry exercises one rule.
@category baby
babies
baby shower = 2
newborn
baby on the way
@category family
daughter
@category data
data scientist
top 10
@category learning
lessons
@category pitch
discount
free trial
@category jobs
#hiring
we are hiring
@category company
hiring = 0.5
@category owner
our bakery
@category vocation
as a nurse
@category confidential
confidential
@category superlative
best -> a strong
@category evidence
according to
@category company_bad
my company sucks
@category conversation
what do you think
@category nostalgia
tbt
@category food
pizza
@category bait
tag a friend = 2
@category lesson
taught me
@category politics
election
@category casual
lol
@category negation
not
no
@category booster
very
@category contrast
but
@category stopword
the
my
she
is
this
our
a
and
for
you
are
we
to
of
from
