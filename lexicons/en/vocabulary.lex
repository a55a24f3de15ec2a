# General English vocabulary of each mindset that the other files did not hold yet:
# everyday words of personal posts, and the working vocabulary of professional ones.
#
# How it was made: `python3 bench/lexicon_gaps.py --mindset BUILD/cli/mindset` (defaults,
# and --top 3000 --min-docs 3 or 4 for the longer tail) lists the stems that separate
# LinkedIn influencer posts (professional) from Facebook statuses and TweetEval tweets
# (personal) in the research data of ../shared/data, read in place, and that no entry
# covers yet: weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi &
# Quinn 2008) on the first 280 characters of each post, plus a minimum ratio of the share
# of posts holding the stem on each side. Only the dev four-fifths of each source were
# read: record index i (0-based, file order per source) with i % 5 != 4; the fifth with
# i % 5 == 4 is held out, and bench/eval_real.py reports it separately.
#
# Every word below was then chosen by hand from that list, as a general signal of one
# side. Left out on purpose: names of people, places, brands and media; topics of one
# period (the pandemic, remote work); words that only mark length or register (function
# words, pronouns, formal connectives such as "provide", "including", "for example");
# words with a common sense on the other side. Weights are the default except where noted.
# No post text was copied.

# ---------------------------------------------------------------------------------------
# Personal: "spend time"
# ---------------------------------------------------------------------------------------

@category everyday
night
afternoon
midnight
hair
haircut
feet
glasses
bathroom
dishes
semester
midterms
grades
campus
library
awake
asleep
sore
throat
fever
dentist
bought
sun
sky
moon
trees
winter
spring
autumn
thunder
rainy
heart
texting
hat
boots
jacket
makeup
tomorrow
kitchen
nice
hello
went
lost
gone
alive
scared
eyes
warm
massage
college
"apartment"
"apartments"
church
town
club
bar
arena
river
red
pink
green
purple

@category leisure
tgif
rock
singing
guitar
lyrics
golf
basketball
baseball
volleyball
bowling
swimming
skating
surfing
theatre
tickets = 0.5
cafe
casino
spa
adventure
fashion
tattoo
pics
photoshoot
drunk
sports
theater
piano
lounge

@category food
eat = 0.5
ate = 0.5
cupcakes
cheese = 0.5
cheesecake
soup = 0.5
pie
bread = 0.5
fruit = 0.5
donuts
caramel
avocado
salmon
shrimp
lemon = 0.5
candy
cocoa
sauce = 0.5
meal = 0.5
supper = 0.5
espresso
vegan
chicken = 0.5
bottle = 0.5

@category casual
oh
hmm
sigh
ha
mmm
yo
hey
hi
bye
okay
alright
yeah
ur
cuz
tho
thru
lil
im
cant
dont
goin
feelin
chillin
damn
shit
crap
fuck
ass
bitch
sucks
stupid
hate
gorgeous
sexy
dope
babe
congrats
lucky
jealous
sorry
anyways
apparently
supposed
guess
wish
god
jesus
lord
holy
ily
freaking
dear
"happy"                 # exact: not "happiness" (a topic at work)
"happier"
smile
stuff
mad
til
till
ain't
hell
forever
addicted
boo
ridiculous
fav
fingers crossed
pissed
ah
soo
fool
random
fave
lit
shoutout
honey
#wcw
#mcm
#nofilter
#latergram

@category friends
guys
ladies
roommates
roomies
peeps
hang
kisses

@category family
girls
boys
"dating"

@category celebration
merry
santa
valentines
pumpkin
homecoming
prom

@category boredom
lazy

@category holiday
cabin
coast

# ---------------------------------------------------------------------------------------
# Professional: "invest time"
# ---------------------------------------------------------------------------------------

@category industry
digital
media
healthcare
global
"consumers"
"consumer"
financial
finance
brand
retail
"banking"
"banks"
"banker"
"bankers"
corporate
advertising
platform
ecosystem
infrastructure
economist
policy
risk
unemployment
income
debt
loan
payments
commerce
users
mobile
smartphone
devices
technical
electronic
scaling
capital
content
audience
systems
workers
health = 0.5
future
stocks
intelligence
processes
security
accelerate
campaign
demand
design
currency
implementation
leverage
"competitive"
costs
robots
ventures
"medical"
patients
physician
medicine
mental health
advanced
quality
alternatives
options
evolve
protect
crisis
power
smart
pioneer
benefits
unique = 0.5
valuable
optimize
coverage
caregivers
world = 0.5         # "the world's", "around the world": the scope of an insight post

@category achievement
happy to share          # the LinkedIn opener, not the feeling ("happy" is casual)
happy to announce
success
so excited to announce
so excited to share
so happy to announce
so happy to share

@category company
services
solutions
workplace
latest
teams
projects
"capabilities"
"capability"
initiative
released
"featured"
"feature"
"features"
email = 0.5
replace
updates = 0.5
external

@category career
role
professional
entrepreneur*           # #entrepreneurialjourney
opportunities
expertise
director
journey = 0.5
talent
"excellence" = 0.5

@category learning
article
topic
discuss
conversation
author
perspective
concept
approach
techniques
cognitive
assessment
summary
journal
professor
education
newsletter
blog
reflection
context
narrative
expert
development
habits
improve
institute
tools
information
mistakes
resources
question
idea
understand
consider
opinion
problem
issue
solve
identify
ability
failure
suggest
advice
illustrate
psychology
practice = 0.5
video = 0.5
wrote = 0.5
written = 0.5
learn more
read more
find out more
feel free to
thoughts on
in this video
the future of
the importance of
list = 0.5
behavior
pattern
relevant
debate

@category leadership
empathy
integrity
alignment
prioritize
priorities
decision
communication
influence
strengths
focus
challenges
resilience
inspiration
leading
adapt
effective
potential
commitment
encourage
motivation
balance
thrive
tackle
consistency
attention = 0.5
essential = 0.5
vital = 0.5
courage
strive

@category data
rate
forecast
predictions
index
indicators
significant
compared
population
analysts
recent
level
outcomes

@category events
virtual
forum
attend
tune in
invited

@category community
sharing
involved
members
awareness
women = 0.5

# Weekday names lean personal but are no leisure snapshot on their own.
@category everyday
friday
saturday
sunday
monday

# Everyday words of the Facebook statuses that had no signal at all: `python3
# bench/lexicon_gaps.py --uncovered --top 3000` (dev four-fifths only) lists the stems
# held by the most such posts; chosen by hand were the plainly personal ones (moods,
# body, food, home, weather, school, prayer, casual spelling) that the LinkedIn dev posts
# use at most once in a thousand. Words with a common working sense were left out
# ("ceiling", "alarm", "blanket", "radio", "clothes", "annoyed", "status", "heading").
@category everyday
sad
upset
angry
restless
craving
toes
bruise
cough
lips
shower
closet
stairs
backyard
fog
thunderstorm
math
quizzes
"studying"
freshman
pray
prayers
work until
in the morning

@category food
veggies
vegetarian
pineapple
muffins
pickles
spicy
mocha

@category leisure
zombies
vampires
sledding

@category family
nanny

# Dropped final g and chat spellings (goin, feelin and chillin are in the casual list above)
@category casual
gettin
makin
watchin
hangin
lovin
workin
talkin
sayin
drinkin
heck
yippee
woah
huh
ppl
bf
everytime

# The working register of professional posts: words that explain, compare and argue
# ("specific", "including", "different") or name the work itself ("help", "support",
# "create", "grow"). Picked by hand from `python3 bench/lexicon_gaps.py --top 400` (dev
# four-fifths only), each held by several times more LinkedIn dev posts than Facebook or
# TweetEval ones; each a weak signal (0.3), since none names a topic, but together they
# tell an insight post that names no topic word from one that names a feeling. At 0.5
# they cost corpora/dev.jsonl 2 labels (a casual "specifically" read as mixed) for 0.001
# of AUC on the real posts.
@category learning
specific = 0.3
daily = 0.3
negative = 0.3
remain = 0.3
example = 0.3
including = 0.3
different = 0.3
create = 0.3
experience = 0.3
common = 0.3
program = 0.3
exist = 0.3
describe = 0.3
particular = 0.3
"relatively" = 0.3               # exact: its stem is also the meme tag "relatable"
simply = 0.3
multiple = 0.3
situation = 0.3
according = 0.3
despite = 0.3
regular = 0.3

@category leadership
struggle = 0.3
strong = 0.3
effort = 0.3
choices = 0.3

@category industry
grow = 0.3
pricing = 0.3           # the topic; as an offer only in phrases (content.lex, pitch)
trade = 0.3
gap = 0.3
annual = 0.3
decade = 0.3
reach = 0.3

@category community
help = 0.3
support = 0.3
linkedin

# More of the everyday talk of the Facebook statuses that still had no signal: `python3
# bench/lexicon_gaps.py --uncovered` (dev four-fifths only). The plain verbs and adverbs
# of telling one's own day ("got", "saw", "again", "soon", "finally") are weak (0.5):
# LinkedIn uses them too, at half the rate or less in the first 280 characters. The rest
# are things and feelings of home life that LinkedIn posts hardly name.
@category everyday
got = 0.5
saw = 0.5
again = 0.5
soon = 0.5
"finally" = 0.5
yesterday = 0.5
anyone = 0.5
man = 0.5
cool = 0.5
hot = 0.5
weird
hurts
nervous
annoying
panic
dirty
noisy
potato
birds
bark

# Everyday things of home life that the lists above did not name yet, from general
# knowledge: body, house and chores, clothes, weather, school work, food. Each was checked
# with bench/spellings.py (dev four-fifths): no more than one LinkedIn dev post holds it.
# Left out: words with a working sense ("chips", "test", "storm", "blanket", "crush").
@category everyday
teeth
neck
knee
stomach
tummy
sneeze
allergies
oven
microwave
fridge
vacuum
dishwasher
lawn
mow
umbrella
sweater
hoodie
pillow
cuddle
sunburn
lonely
nightmare
essay
quiz
windy
hail
snowman

@category food
noodles
milk = 0.5
juice = 0.5
cereal = 0.5
brownies
picnic

@category pets
turtle
sheep
duck

# Topic words that LinkedIn posts write as one-word hashtags (#digitalhealth,
# #venturecapital, #cryptocurrency, #digitaltransformation): the plain entries match only
# the spaced or CamelCase forms. No Facebook or TweetEval dev post holds any of these.
@category industry
digital*
crypto*
bitcoin
venture*
cpa
"accounting"
#socialmedia
#artificialintelligence
#seedfunding
#seedcapital
#globalhealth

@category leadership
emotional intelligence
#emotionalintelligence

# Everyday phrases that hold a working word in its everyday sense: as phrases they take
# the match from "idea", "help", "study", "partner", "number" and "future" (the longest
# entry wins), so a chat line such as "no idea what to do" no longer counts as an insight
# post. From general knowledge; checked on the dev four-fifths: no LinkedIn dev post holds
# any of them.
@category casual
no idea
bad idea
can't help but
couldn't help but
story of my life

@category friends
partner in crime

@category family
future husband
future wife

@category everyday
study for
phone number

# More of the working register, each a weak signal (0.3) like the block further up: verbs and
# adjectives that explain, plan and report ("become", "continue", "available", "details")
# and the plain nouns of work ("tasks", "control", "money"). Picked by hand from `python3
# bench/lexicon_gaps.py --top 200` (dev four-fifths only), each held by at least five
# times more LinkedIn dev posts than Facebook and TweetEval ones (share of posts). Left
# out: "target" (the shop), "gain" (weight), "record" (music, sport), "used to".
@category learning
often = 0.3
fully = 0.3
become = 0.3
continue = 0.3
discover = 0.3
details = 0.3
possible = 0.3
allow = 0.3
prevent = 0.3
important = 0.3
provide = 0.3

@category leadership
action = 0.3
control = 0.3
responsibility = 0.3

@category industry
"social" = 0.3
money = 0.3
"emerging" = 0.3
current = 0.3

@category company
available = 0.3
offer = 0.3
tasks = 0.3
introducing = 0.3

@category events
episode = 0.3

# Phrases that hold an everyday word in a working sense: as phrases they take the match
# from "home", "phone", "school" and "family" (the longest entry wins; "working from
# home" and "smart phones" stem alike). From general knowledge; "work from home" was also
# held by seven LinkedIn dev posts and by no Facebook or TweetEval one. It is weak (0.3):
# at 0.5 it tipped a team party in corpora/dev.jsonl from personal to mixed.
@category company
work from home = 0.3

@category industry
smart phone
nursing home
family office

@category learning
business school

# Software words: a side project told with its tools ("built it with python, code on
# github") is work talk, even in a personal voice. "app" is weak (0.3): people also
# complain about the app of their bank; LinkedIn dev posts name it 15 times, Facebook 5,
# TweetEval none (bench/spellings.py).
@category industry
github
python
javascript
programming
pull request
app = 0.3

# Plural families are seldom one's own: "212 families through the door", "support for
# families". LinkedIn dev posts hold "families" 3 times, Facebook and TweetEval once each.
# Exact: a plain entry would take "family" too (same stem).
@category community
"families" = 0.3

# Running a service, and the weak words of public and online services: "online" (LinkedIn
# dev posts 19, Facebook 8, TweetEval 3), "in-house" (2, 0, 0); the outage words of an
# incident report from general knowledge ("power outage" at home is an everyday phrase,
# personal.lex). Left out: "config" (a home server is a hobby too) and, as in
# professional.lex, the bare "hospital" (the patient's side too).
@category industry
online = 0.3
outage
downtime
postmortem
post-mortem
incident response

@category company
in-house

# ---------------------------------------------------------------------------------------
# Everyday life that the lists above missed, chosen by hand from general knowledge of
# British, Irish and American home life (not from any post): the house and garden and
# its chores, the neighbours, the street's errands, grief and getting better, feelings
# shown (crying, laughing, a hug), the pub and the sports people watch or play, church
# and the feasts of every faith, a child's age ("my 7-year-old"). Found with a list of
# such words run through `mindset explain`: each matched nothing, so a post of home life
# told in them had no personal weight against one stray working word and read as mixed
# or professional. The research data hold most of them too rarely to measure (under 0.3 %
# of posts on any side); those the LinkedIn posts hold more often than the personal ones
# were dropped again: "hug" (0.4 % of LinkedIn dev posts, 0.1 % of Facebook), "laughed",
# "wednesday", "thursday" (0.7 %, 0.6 %, TweetEval 0.2 %), "years old" ("a 25 year old
# founder"; "year-old" and "yr old" stay, as family words: "my 7-year-old asked me" is a
# child, and the number between keeps a phrase "my ... year-old" from matching). Exact, for a working sense of their stem:
# "ironing" ("iron out"); "poorly" takes "poor" (same stem: Facebook 0.3 %, LinkedIn none).
# Left out for their working sense:
# "shed" ("shed light on"), "takeaway" (a lesson),
# "surgery", "hospital" ("in hospital" stems like "in hospitality"), "gp", "plumber",
# "council", "strike", "flat", "run", "drive", "code", "store", "match" (a job match).
# ---------------------------------------------------------------------------------------
@category everyday
tuesday
neighbour
neighbor
next door
lawnmower
mower
hoover
"ironing"
kettle
wallpaper
washing machine
the washing
bin day
the bins
potholes
petrol
passed away
rest in peace
"rip"
funeral
grief
grieving
hangover
hungover
poorly
cried
went for a walk
for a walk
bike ride
tomatoes

@category family
year-old
yr old

@category leisure
pub
darts
rugby
cricket
crochet
bingo
caravan
allotment
sleepover
playdate
pub quiz
the match
raffle
tombola
choir

@category food
chippy
curry

@category celebration
eid
diwali
ramadan
hanukkah
christening
baptism
first communion
half term

# ---------------------------------------------------------------------------------------
# Working words the lists above missed, chosen by hand from general knowledge of office,
# sales, finance, research and software work (not from any post): each matched nothing in
# `mindset explain`, so a short work post told in them ("six discovery calls back to
# back", "handover at seven", "thesis submitted") had no professional weight. Left out
# for their home sense: "proposal" (marriage), "deck" (garden, cards), "slides"
# (playground), "retro" (style), "standup" (comedy), "quote", "estimate", "bid",
# "tenders" (chicken). "presentation" is exact: its stem "present" is a gift.
# ---------------------------------------------------------------------------------------
@category company
vendor
headcount
board meeting
dividends
turnover
overheads
cash flow
valuation
churn
customer retention
sales funnel
prospects
outreach
discovery call
sales call
client call
handover
site visit
pitch deck

@category learning
thesis
dissertation
postdoc
manuscript
cpd
"presentation"
"presentations"

@category career
trainee
chartered

@category industry
okrs
api
uptime
throughput
sprint planning
page load

# The same, for logistics, public services, research and operations (second list).
# Mild (0.5) where a home sense is common: "residents" of a street, a minor "incident",
# "capacity" of a venue, a family "rota". Left out: "grant" (a name), "drivers" ("other
# drivers on the road"), "planning permission" (a home extension), "unions" (politics).
# Exact: "residents" (stem of "residence"), "permits" ("weather permitting"), "audit"
# (stem of "audition").
@category industry
"residents" = 0.5
"permits" = 0.5
incident = 0.5
root cause
carbon = 0.5
emissions
regional = 0.5
freight
shipments
fleet
capacity = 0.5
backhaul
route planning
turnaround = 0.5
overtime = 0.5
rota = 0.5
"audit" = 0.5
"audits" = 0.5
"audited" = 0.5
fieldwork
field work
co-author
our lab
lab meeting
collective agreement

# Words of every workplace that matched nothing, mild where the customer's side is as
# common ("the staff were lovely", a phone "contract", a holiday "budget", a "student"
# discount). The LinkedIn dev posts of ../shared/data hold each more often than the
# personal ones (contract 0.4 % against none, students 1.3 % against 0.3 %, staff 0.2 %
# against under 0.1 %). "suppliers" was tried and dropped: it tipped a dev post told as a
# personal story (corpora/dev en-7046) from mixed to professional.
@category company
staff = 0.5
budget = 0.5
contract = 0.5
contractor = 0.5
students = 0.5

@category company
we open
we're opening
store opening
new store
new branch
our new site

# ---------------------------------------------------------------------------------------
# More of home life, from a second list made the same way (general knowledge, not posts):
# the bedroom and the bathroom, clothes for the weather, the weather itself, garden
# creatures, a walk in the country, housework, small aches and the chemist's, a break-up,
# toddlers' things, plain food and drink. Each matched nothing in `mindset explain`.
# Dropped again where the LinkedIn dev posts of ../shared/data hold the stem more often
# than the personal ones: shoes, trainers, socks, keys, fox, village, chips, novel, chess,
# bike, netflix (a company there), presents (stem "present"), overwhelmed, emotional.
# Left out for a working sense: "wallet" and "charger" (fintech, electric cars), "buggy"
# (software), "advent" ("the advent of"), "pharmacy", "rollercoaster", "5k", "10k".
# Exact where the stem has a working sense: "nails" ("nailed it"), "alarm" ("alarming"),
# "braces" ("brace for"), "dusting" ("dust"), "nativity" ("natives"). Plain food is everyday (no content type:
# "porridge before the school run" is no party); drinks are food, as beer and wine are.
# ---------------------------------------------------------------------------------------
@category everyday
bedroom
blanket
duvet
slippers
bath
toothbrush
"nails"
dress
raincoat
wellies
heatwave
storm
frost
puddle
mud
flowers
roses
bees
squirrel
hedgehog
swans
seagull
spider
wasp
sand
seaside
hills
woods
forest
countryside
cottage
mop
"dusting"
tidying
decluttering
postman
doorbell
"alarm"
alarm clock
snoring
starving
aches
migraine
toothache
"braces"
prescription
plaster
stitches
ambulance
heartbroken
anxious
divorce
breakup
tantrum
potty
cot
teddy
toys
lego
"nativity"
snuggle
porridge
eggs
bacon
sausage
sandwich
leftovers
jam
wifi

@category food
roast
gravy
pudding
crumble
scones
gin
cider
lager
whisky
vodka

@category leisure
drums
panto
aquarium
bonfire
costume
sledging
kayak
jogging
stroll
tennis
snooker
crossword
wordle

# ---------------------------------------------------------------------------------------
# Things of every day mentioned in passing: half a snapshot word. A dog on one's feet while
# working from the kitchen table, a cheese sandwich in the lorry cab, dinner for twelve on
# the day the washing machine floods, "garden, book, beer" on a day off: the guidelines
# read such a short update as one with no content type (fit on LinkedIn, odd but no
# misfit), yet each of these words alone carried a full word of food, pets or leisure,
# which made the post a snapshot (engine/src/verdict.c wants one full word). So the
# commonest words of meals, drink, pets and the sofa count half in their category, as the
# grown-up relatives do (personal.lex), and as everyday words besides (0.83 x 0.6), so the
# post keeps its personal weight of one word; two of them, or one beside a party word, an emoji or a plate
# ("pizza", "brunch", "🍷"), still make the snapshot.
# ---------------------------------------------------------------------------------------
@category everyday
couch = 0.83
sofa = 0.83
gardening = 0.83
gym = 0.83
telly = 0.83
tv = 0.83
food = 0.83
dinner = 0.83
lunch = 0.83
breakfast = 0.83
wine = 0.83
beer = 0.83
snack = 0.83
hungry = 0.83
dog = 0.83
cat = 0.83
pet = 0.83
tickets = 0.83
eat = 0.83
ate = 0.83
cheese = 0.83
soup = 0.83
bread = 0.83
fruit = 0.83
lemon = 0.83
sauce = 0.83
meal = 0.83
supper = 0.83
chicken = 0.83
bottle = 0.83
milk = 0.83
juice = 0.83
cereal = 0.83

# ---------------------------------------------------------------------------------------
# Everyday phrases that hold a working word, so the phrase (the longest match) takes the
# words before the working entry does: "driving lessons" are no course, a "school
# project" no company project, a "farmers market" no market, the "football team" no
# company team, a "car boot sale" no offer, a child one is "proud of" no achievement,
# the pub quiz one "won" no award, "test results" no company results. Chosen by hand from general knowledge; the
# research data hold each of them in under 0.1 % of posts on any side. Left out because
# the LinkedIn dev posts hold them more often than the personal ones: "of course" (0.6 %
# against 0.2 %), "next level", "the team", "my team", "learn to", "bills", "quality time"
# (0.08 %, TweetEval 0.03 %, Facebook none).
# ---------------------------------------------------------------------------------------
@category everyday
farmers market
farmers' market
driving lessons
driving test
school report
report card
exam results
learning to drive
learning to swim
learned to ride
learnt to ride
school project
science project
january sales
boxing day sales
health scare
stock up
cost of living
after work
my boss
car boot sale
garage sale
yard sale
jumble sale
in the sale
brand new = 0.5
test results
results day
annual leave
day off
blood test
skint
overdraft
moving day
missed delivery
payday
energy bills

@category leisure
swimming lessons
piano lessons
guitar lessons
dance lessons
football practice
piano practice
football team
rugby team
netball team
hockey team
diy project
craft project
team photo

@category holiday
tour guide

@category boredom
power nap

@category celebration
photo booth
work do

@category casual
winner winner chicken dinner

@category celebration
bake sale
christmas market

@category family
proud of my son
proud of my daughter
proud of my kids
proud of my boy
proud of my girl
proud of my children
proud mum
proud mama
proud nan
proud grandma
proud auntie

@category leisure
won the quiz
won the pub quiz
won the raffle
won the match
won the game
won a prize
won at bingo
man of the match
player of the match

# The day's small facts of the weather and the way home.
@category everyday
without a coat
walked home
the long way home
the long way
first warm day
bin collection

# More chat spellings without the apostrophe, and "convo": a quick personal register that
# edited work posts hardly use ("cant" and "dont" are listed above).
@category casual
"isnt"
"didnt"
"doesnt"
"wasnt"
"wouldnt"
"couldnt"
"shouldnt"
"havent"
"ive"
"thats"
"youre"
"theyre"
"convo"
