# English words of the professional, "invest time" mindset: career moves, jobs and
# hiring, achievement, learning and knowledge, industry and business, company updates,
# data and evidence, events and networking, leadership, and giving back to the community.

@category career
career*                 # compound hashtags: #careeradvice, #careertips
career move
career change
new job
new role
new position
first day at
first week at
started a new position
joined = 0.5
i'm joining
thrilled to join
excited to join
happy to share that i
promoted
got promoted
new chapter
next chapter
stepping into
stepping down
moving on from
last day at
farewell to my colleagues
resume
cv
linkedin profile
job search
job hunting
job seeker
between jobs
laid off
got let go
been let go
was let go
were let go
being let go
made redundant
redundancy
career growth
career path
professional growth
professional development
mentor
mentorship
internship
"intern"
"interns"
graduate programme
graduate program
traineeship
work anniversary
years at
#newjob
#opentowork = 2
open to work = 2
open to new opportunities = 2
looking for my next = 2
seeking new opportunities = 2

@category jobs
hiring = 1.5
# How recruiters say a search is discreet: not a leak, and a longer match than the
# confidential entries, so they do not fire.
confidential process
confidential search
confidential recruitment
confidential vacancy
treated in confidence
treated in strictest confidence
in strictest confidence
handled confidentially
treated confidentially
we're hiring = 2
we are hiring = 2
now hiring = 2
is hiring = 2
job opening = 2
open position = 2
open role = 2
vacancy = 2
job offer
job opportunity
job posting
apply now = 1.5
apply here
apply today
applications
"candidate"
"candidates"
recruiter
talent acquisition
headhunter
job description
full-time
full time
part-time
part time
freelance
contract role
remote role
hybrid role
salary
salary bands
pay bands
compensation
benefits package
join our team = 2
join the team = 1.5
come work with us = 2
we're looking for = 1.5
we are looking for = 1.5
looking for a
team is growing
growing our team
referral
interview
onboarding
#jobs
#nowhiring = 2
#joinourteam = 2
#jobopening = 2

@category achievement
achievement
milestone
award
award-winning
winner
won
honored
honoured
humbled
recognized
recognised
recognition
certified
certification
accredited
passed my exam
passed the exam
paid off
graduated
degree in
master's degree
bachelor's degree
"masters"
"master's"
mba
phd
diploma
"completed" = 0.5
accomplished
proud to announce
proud to share
thrilled to announce
excited to announce
pleased to announce
delighted to announce
finalist
shortlisted
nominated
top {n}
ranked
record year
hit a milestone
100k
#proud

@category learning
learn
learnt
lesson
lessons learned
what I learnt
key takeaways
insight
knowledge
how to
how-to
tips
guide
playbook
framework
best practices
case study
whitepaper
white paper
ebook
e-book
tutorial
course
online course
"training"
"trained"
"trainings"
workshop
upskilling
reskilling
skills
book recommendation
reading list
research
"study"
"studies"
deep dive
explainer
thread
mistakes i made
what i learned
here's what
{n} things
three things
five things
step by step
growth mindset
continuous learning
lifelong learning
#leadershiplessons
#lessonslearned

@category industry
industry
market
sector
"trends"
"trend"
strategy
strategic
innovation
digital transformation
"transformation"
"transformations"
"transformational"
"transformative"
"transform"
"transforming"
"transforms"
technology
tech
software
saas
erp
crm
b2b
b2c
ai
artificial intelligence
machine learning
generative ai
genai
llm
automation
the cloud
cloud computing
cybersecurity
data science
analytics
fintech
healthtech
ecommerce
e-commerce
supply chain
logistics
manufacturing
regulation
compliance
gdpr
sustainability
esg
energy transition
net zero
economy
economic
inflation
interest rates
recession
stock market
startup*                # #startuplife, #startupideas
scale-up
scaleup
venture capital
vc
investors
stakeholders
customer experience
go-to-market
product management
sales
pipeline
roi
kpi
kpis
"productivity"
"product"
"products"
efficiency
workflow
business*
enterprise
#futureofwork

@category company
company
our company
our team
the team
colleagues
organisation*
organization*
firm
agency
headquarters
"office" = 0.5
"offices" = 0.5
new office
funding
funding round
raised
we raised
series a
series b
seed round
investment
acquisition
acquired
merger
partnership
partnered
announcement
quarterly results
"quarterly"
annual report
results = 0.5
revenue
profit
growth = 0.5
year over year
yoy
q1
q2
q3
q4
earnings
customers
clients
expansion
expanding
new market
ceo
cfo
cto
coo
founder
co-founder
cofounder
press release
in the news
rebrand
company culture
employees
employer
workforce
shareholders
#teamwork
#companyculture

@category data
data
percent
percentage
statistics
stats
survey
respondents
a study
new study
the study
study shows
report
"findings"
research shows
numbers = 0.5
metrics
dashboard
dataset
chart
graph
analysis
analyzed
analysed
benchmark
measured
growth rate
conversion rate
average = 0.5
median
increase = 0.5
decrease = 0.5
"doubled"
tripled
million = 0.5
billion = 0.5
year-on-year
#analytics
#datascience
data scientist
data analyst
data engineer

@category events
webinar
conference
summit
keynote
panel
panel discussion
panelist
speaker
speaking at
spoke at
talk = 0.5
meetup
meet-up
networking
networking event
workshop
masterclass
roundtable
fireside chat
trade show
expo
exhibition
booth
register = 0.5
registration
sign up for the webinar
save the date
agenda
attendees
delegates
event
livestream
live stream
podcast
episode of our podcast
guest on
hackathon

@category leadership
leadership*             # #leadershipmindset
leader
lead by example
"management"
"manager"
"managers"
"manager's"
"management's"
"manage"
"managing"
executive
c-suite
vision
purpose = 0.5
values = 0.5
culture
team culture
decision making
decision-making
accountab*
ownership
empower
empowerment
delegation
feedback
"coaching"
servant leadership
change management
psychological safety
trust = 0.5
hiring managers
people managers
one-on-one
1:1
performance review
strategy session

@category community
community
give back
volunteer
charity
fundraiser
donate
nonprofit
non-profit
pro bono
pro-bono
mentoring
mentees
helping others
pay it forward
open source
open-source
contributors
support each other
support one another
happy to help
glad to help
free resources
free template
sharing my notes
sharing knowledge
knowledge sharing
diversity
inclusion
dei
equity
accessibility
sustainability goals
social impact
impact = 0.5
#givingback
#opensource

@category company
layoffs
reorganisation
restructuring

# Engineering and operations words the dev corpus showed missing (corpora/dev.jsonl).
@category industry
latency
migration
monolith
microservices
database
queries
deployment
payroll
timesheets
staffing
pilot project

# A lesson drawn from experience, or advice turned to the reader. Counts on neither side;
# a post that has it beside a personal story and work is mixed (engine/src/score.c). A
# phrase that holds a word of another category is listed there too, at that word's
# weight, so that the cue takes nothing away.
@category lesson
taught me
teaches me
has taught me
reminded me
made me a better
made me realise
made me realize
made me rethink
got me thinking
I realised
I realized
it hit me
it struck me
what I learned
what I learnt
lessons I learned
the lesson
biggest lesson
the takeaway
my takeaway
moral of the story
same with
same goes for
the same is true
same applies
the same at work
at work too
if you lead
if you manage
to every parent
to all the parents
dad taught me
mum taught me
mom taught me
father taught me
mother taught me
parents taught me
grandma taught me
grandpa taught me
grandmother taught me
grandfather taught me
to every working parent
to every new parent
to every manager
to every leader
to every founder

@category learning
lessons I learned = 2
the lesson
biggest lesson

@category leadership
if you lead
if you manage
to every manager
to every leader

@category company
to every founder

# The daily work of care and teaching, the two largest fields of public service: shifts,
# wards and placements, lessons and pupils seen from the front of the class. People in
# these jobs tell of their work in a personal voice ("three years of placements, night
# shifts ... starting on the children's ward"), and without these words such a post reads
# as a personal snapshot. Chosen by hand in both languages together (the Dutch list in
# lexicons/nl/professional.lex); left out, for the patient's and the parent's side of the
# same places: the bare "hospital", "clinic", "school", "class", "teaching" ("teaching my
# son to ride a bike").
@category industry
night shifts
long shifts
on shift
placement
on the ward
children's ward
ward round
clinical
intensive care
a&e
nursing school
curriculum
lesson plans
teaching assistant
my pupils
my students
parents' evening
inset day
staff room
staffroom
occupational hazard

# The owner's voice of a small business: "our bakery", "my shop", "small business owners".
# Phrases only: "the bakery", "a shop" and "shopping" are everyday errands. The owner
# speaking of their own business is category owner (company news like company, and a
# post that leans personal around it is mixed: engine/src/score.c, is_passion); the
# business as a topic stays company.
@category owner
my shop
our store
my store
our bakery
my bakery
our salon
my salon
our studio
our cafe
our restaurant
my business
our business
small business owner = 1.5
#smallbusinessowner
#shopowner

@category company
small business
#smallbusiness
#smallbiz
side project
side hustle

# Hashtags of professional posts written as one lowercase word (see the personal ones in
# personal.lex): topics, trades and the job hunt.
@category company
#newoffice
#productmanagement
#projectmanagement
#customersuccess
#customerexperience
#salestips
#remotework
#hybridwork

@category jobs
#hiringnow
#jobsearch
#jobhunt
#jobseekers

@category career
#personalbranding
#founderlife

@category industry
#contentmarketing
#marketingtips
#edtech
#proptech
#supplychain
#realestate
#cloudcomputing
#devops
#webdev
#uxdesign

@category data
#machinelearning
#dataanalytics
#dataviz

@category community
#womenintech
#womeninbusiness
#womeninleadership
#techcommunity

@category learning
#growthmindset
#publicspeaking

# The working words of jobs people tell of in a personal voice, missing until the second
# blind round (en-7081..en-7160: a midwife, a pilot, a union rep, a haulier ...). Only
# words and phrases with hardly a home sense; where the home sense is common ("bus
# driver", "warehouse", "invoice") half weight.
@category industry
midwifery
#midwifelife
maternity care
#maternitycare
babies delivered = 1.5          # the midwife's "deliver", before the bare "babies" counts as a baby post
delivered babies = 1.5
nightshift
my shift
double shift
our ward
my ward
in my field
in your field
in my chair                     # the dentist's, hairdresser's or tattooist's client
haulage
hgv
forklift
warehouse = 0.5
depot = 0.5
tax season
bookkeeping
ofsted
caseload
newsroom
peer review
lambing
calving

@category career
first officer
cabin crew
airline pilot
furlough
union rep
shop steward
trade union
pay rise
pay cut
pay freeze
payslip
locum
bus driver = 0.5
lorry driver
why i do what i do = 2          # work passion in a personal voice ("THIS is why I do what I do")
love what i do = 1.5
why i love my job = 1.5

@category company
coworkers
co-workers
invoice = 0.5
deadline = 0.5
stocktake
budget freeze
hiring freeze
not hiring                     # still about the work: "not hiring right now, sorry"

# The working words of the third blind round's voices (en-7161..en-7240): the lab and field
# scientist, the farmer and the co-op, the building trades, the small bakery. Words with
# hardly a home sense at full weight; those with one ("plate", "site", "milk", "oven")
# only inside phrases.
@category data
preprint
field data
logger data
field sites
sampling sites

@category industry
assay
elisa
pcr test = 0.5
western blot
reagents
centrifuge
pipette
incubation = 0.5
riparian
#labtech
#lablife
#immunology
#hydrology
#ecology
#scicomm
#openscience
milk price
milk yield
milk volumes
member farms
#dairyfarming
#agriculture
"farming" = 0.5
bricklaying
brickwork
#construction
cscs
#apprenticeship
deck oven

@category company
opened our second
opened its second
opened my second
second branch
second location

@category owner
our second shop
our second store

@category jobs
paid weekly = 1.5
day rate
immediate start = 1.5
cscs card

# Lesson markers for a story from outside work told to make a work point ("Same in an
# office, just swap oranges for biscuits"); each phrase also counts for the working word
# it holds, so that the cue takes nothing away.
@category lesson
same in an office
same in the office
same in any office
same in any workplace
same in the workplace
same in business
same in any team
just like at work
best management course
best leadership course
best management training
best leadership training

@category company
same in an office = 0.5
same in the office = 0.5
same in any office = 0.5

@category leadership
best management course
best leadership course
best management training
best leadership training

@category learning
best management course
best leadership course
best management training
best leadership training


# A child asking what the parent does all day: the opening of a story with a work point.
@category lesson
asked me what i do
asked me what i actually do
what i do for a living
what i actually do at work
explain my job

# An online service's incident notice, and the ICU nurse's tag (third blind round voices).
@category industry
config change
status page
#icunurse
icu nurse

@category learning
root cause

# Hindsight and transfer: the turn from a story to what it means for work ("what I wish
# someone had told me", "what I do differently now", "excellent training for"). As above,
# each phrase also counts for the scoring word it holds, so the cue takes nothing away.
@category lesson
what I wish I'd known
what I wish I had known
wish someone had told me
wish I'd known
wish I had known
my younger self
what I do differently
what I'd do differently
what I would do differently
looking back
in hindsight
with hindsight
training for
good practice for
prepared me for
this is why we do

@category casual
what I wish I'd known
what I wish I had known
wish someone had told me
wish I'd known
wish I had known

@category learning
what I do differently = 0.3
what I'd do differently = 0.3
what I would do differently = 0.3
training for
good practice for = 0.5

# Advice turned to the reader, in the words people use for it anywhere (general
# knowledge, not from posts): a tip drawn from one's trade or one's life. With a
# personal story and work in the same post it marks the story told to make a point.
@category lesson
my advice
word of advice
pro tip
top tip
little tip
quick tip
hat on
take it from me
here's what changed
what changed
what actually helped
what helped me
is a myth
don't be afraid to
never underestimate

# The tips above are advice as well: they keep the learning weight of "advice" and "tip",
# which the lesson phrase takes as the longest match.
@category learning
my advice
word of advice
pro tip
top tip
little tip
quick tip

@category community
what helped me = 0.3

# How a small employer words a vacancy: places open, how to apply, what the job offers.
@category jobs
positions available = 2
roles available = 2
vacancies available = 2
apply via = 1.5
apply through = 1.5
apply online = 1.5
apply in store = 1.5
how to apply = 1.5
send your cv = 1.5
send us your cv = 1.5
drop your cv = 1.5
drop in your cv = 1.5
bring your cv = 1.5
no experience needed = 1.5
no experience necessary = 1.5
no experience required = 1.5
experience preferred
training provided = 1.5
full training given = 1.5
staff discount
competitive pay
competitive salary
hourly rate
#jobalert = 2
#hospitalityjobs = 2
#retailjobs = 2

# More of the owner's voice: the business as their own, its first customers, its start.
@category owner
my own business
our little business
my little business
my small business
our small business
our workshop
my workshop
our clinic
my clinic
our brewery
our shop
our first customer
my first customer
my first client
our first client
first paying customer
started my business
started the business
started this business
started my own business
started the company

# A researcher sharing their own work: a paper out, what the team looked at and found.
@category data
new preprint = 1.5
new paper = 1.5
our new paper = 1.5
our paper
paper is out = 1.5
paper out = 1.5
now published
just published
published in
open access
peer-reviewed paper = 1.5
we looked at
we analysed
we analyzed
we measured
we found that
our findings = 1.5
our results
our study
our data
years of data

# Money won for an organisation's work: grants and funds.
@category company
secured funding = 1.5
secured a grant = 1.5
awarded a grant = 1.5
grant funding
lottery funding
heritage fund
arts council
research council
funding bid

# More bridges from a life outside work to a work point: the same trick used at work,
# what no dashboard or course shows, what got the poster through.
@category lesson
same trick
same principle
same rule
same lesson
same thing at work
same at work
what gets me through
what got me through
no dashboard
no spreadsheet
no textbook
no course will teach
nobody teaches you
they don't teach you
they never teach you

# A shop or café asking for staff in its own words.
@category jobs
help wanted = 2
staff wanted = 2
helper wanted = 2
we need a helper = 1.5
looking for a helper = 1.5
extra pair of hands = 1.5
weekend staff = 1.5
weekend help
pop in with your cv = 1.5
ask in store

# Work found by word of mouth on a personal page: the pay, the training, the way to apply.
@category jobs
looking for work = 1.5
needs a labourer = 2
labourer
will train = 1.5
training given = 1.5
£{n}/h = 1.5
£{n} an hour = 1.5
£{n} per hour = 1.5
€{n}/h = 1.5
€{n} per hour = 1.5
${n}/hr = 1.5
${n} an hour = 1.5
must be ok with = 1
inbox me for details

# A public service announcing its own timetable: a transport operator's news.
@category company
new timetable = 1.5
timetable change = 1.5
every {n} minutes instead of = 2
new vehicles = 1
delivered this spring
from {n} june
from {n} january

# The working words of more trades, chosen from general knowledge of each trade: each
# matched nothing, so a trade told in its own words read as a personal update. Full weight where the word hardly has a home sense; half where the patient's,
# customer's or passenger's side is as common ("dental", "sailings", "viewings").
# Dentistry and the surgery chair:
@category industry
dentistry
dental = 0.5
oral health
#oralhealth
gum disease = 0.5
periodontal
orthodontics
# Translators and interpreters (#xl8 and #t9n are the trade's own tags); exact forms,
# since the stem also takes "translate" (an app on a trip):
"translating"
"translation"
"translations"
proofreading
"localisation"
"localization"
"subtitling"
source text
target language
#xl8
#t9n
# Nutrition as a trade:
dietetics
# Musicians, DJs and other hired performers:
session musician
session work
recording session = 0.5
mixing and mastering
wedding dj
mobile dj
#weddingdj
#sessionmusician
# Dog grooming: the phrases take "groom" from the wedding.
dog grooming
full groom
grooming salon
#doggrooming
hand stripping
# Prisons and courts:
prison officers
prison service
on the wings
hmp
inmates = 0.5
court clerk
court list
magistrates = 0.5
crown court = 0.5
adjourned = 0.5
# Ferries and the sea:
wheelhouse
deckhand
seafarer
crew change
sea state
"sailings" = 0.5
"crossings" = 0.5
# Glasshouse growing and horticulture:
glasshouse
greenhouse grower
horticulture
heat recovery
propagation
growers = 0.5
# Haulage and the workshop that keeps it moving:
tachograph
tacho
artic
night trunking
brake tester
brake roller
inspection pit
service bays
#hgvdriver
# Labs and clinical research:
cell culture
qpcr
virology
topline data
primary endpoint
phase {n} trial
phase {n} readout
readout
trial data
# Commercial kitchens:
eho
eho inspection
food hygiene rating
mise en place
#chefslife
# Property: agents and the homes they sell.
#propertytips
#estateagent
kerb appeal
curb appeal
"viewings" = 0.5
sell faster
asking price = 0.5
# Insurance and mortgages:
insurance broker
mortgage broker
whole of market
# Engineering on site:
ahead of programme
lost-time incidents
#civilengineering

@category company
head office
finally open = 0.5
officially open = 0.5

@category jobs
unsocial hours
seasonal work
seasonal workers
seasonal staff
fruit pickers
pickers = 0.5
mon-fri
{n}/hr
£{n}/hr
#sciencejobs

# A reminder or a public-service note to the reader is advice, like the tips above:
# with a personal story and work in one post it marks the story told to make a point.
# As a phrase it also takes "friendly" from the friends list.
@category lesson
friendly reminder
gentle reminder
a quick reminder
public service announcement

# Data protection and security as the trade's hashtags (one lowercase word each; the bare
# "privacy" is left out: a garden fence gives privacy too).
@category industry
#dataprotection
#infosec

# What a job advert offers, in the figures and terms it gives them: a salary range, the
# days of holiday, an hourly rate, the way from temp to permanent. As phrases they take
# "holiday" from the holiday list ("27 days holiday plus bank hols" is a benefit, not a
# trip).
@category jobs
£{n}-{n}k
£{n}k-£{n}k
days holiday plus
plus bank holidays
plus bank hols
full paid training
paid training
closing date = 0.5
temp to perm
temp work
weekend work = 0.5
know anyone looking for
anyone looking for work
looking for staff
short of staff = 0.5
start asap

# Shifts and call-outs as the worker tells them: the early and the late, clocking off,
# the on-call week, the jobs of a tradesperson's day (first fix, snagging, a rewire).
@category industry
early shift
late shift
back-to-back shifts
clocked off = 0.5
clocked in = 0.5
on call = 0.5
on-call = 0.5
call-out = 0.5
rewire
first fix
second fix
"snagging"
my learners
diagnostics = 0.5

@category career
tradesman = 0.5
tradeswoman = 0.5
tradesperson = 0.5
tradesmen = 0.5

# A firm's deals and wins told as news (general knowledge of company announcements): a
# contract won or awarded, an export or distribution deal, the first of its kind signed.
@category company
won the contract = 1.5
awarded the contract = 1.5
secured the contract = 1.5
contract win = 1.5
export deal = 1.5
first export = 1.5
export market = 1
distribution deal = 1.5
signed its first = 1.5
signed our first = 1.5
contract dispute

@category industry
distributor
wholesaler

# Markets as a trader or an adviser comments on them (general knowledge of commodity and
# market notes). The bare "basis" is left out ("on a daily basis").
@category industry
commodity
bullish
bearish
spot price
headline price
grain market
wheat prices
#grain

# Security work as the practitioner tells it (general knowledge of infosec advice). As
# phrases the advice takes "password" from the confidential list: reusing a password is
# the topic, not a leak.
@category industry
breach
data breach
zero-day
zero day
phishing
ransomware
malware
vulnerability
mfa
2fa
multi-factor
two-factor
security controls
password manager
password reuse
reused password

# The job advert's terms and hours in other words (general knowledge of small employers'
# ads): term-time hours, tips on top of the wage, hours a week written short.
@category jobs
term time only
term-time only
plus tips
{n} hrs/week
{n} hrs per week
{n} hours/week
early years practitioner
nursery practitioner

# Leaving one post for the next (general knowledge of career news): the last shift, the
# new chapter written as one lowercase hashtag.
@category career
last shift
my last shift
#newchapter
#nextchapter

# The networker's call to the reader (general knowledge of LinkedIn growth posts): stop
# playing small, connect with everyone who answers.
@category leadership
playing small = 1.5

@category community
connect with everyone
i'll connect with

@category industry
payroll*

# The short forms of the note to the reader and of a speaker's skills (general
# knowledge): "PSA" as the public service announcement above, the speaking hashtags.
@category lesson
psa

@category learning
presentation skills
#presentationskills

# A market moving over a period, as a trader reports it (general knowledge of market notes).
@category data
{n}% on the week = 1.5
{n}% on the day = 1.5
{n}% on the month = 1.5

# Tenth blind round: words of work that matched nothing (general knowledge of tech,
# governance and small-business news). "pivot" is left out: the writers used it at home.
@category industry
encryption
end-to-end encryption

@category company
steering committee
we just shipped
busiest month ever
record month

@category learning
#learnontiktok

# How a tradesman words an apprenticeship ("Taking on one lad or lass from September"):
# "lad or lass" is the UK trades' phrase for either sex in a vacancy.
@category jobs
lad or lass
taking on an apprentice = 1.5
looking for an apprentice = 1.5
apprentice wanted = 2
saturday helper = 1.5
saturday job

# Eleventh blind round: words of work that matched nothing (general knowledge of IT
# operations and of small employers' adverts). "No CV" is how a cafe or a food truck
# says how to apply ("No CV, just pop in"), and tips come on top of an hourly rate.
@category industry
sysadmin
runbook
patent                  # with "patents", "patented": intellectual property

@category jobs
no cv = 1
no cv needed = 1.5
+ tips = 1

# A practitioner's own practice, and a shop's age counted from its opening day.
@category owner
private practice
my own practice
since we opened
starting my own

@category vocation
why i do this job = 2
years in the nhs = 1.5        # as "years on the wards" above

# Twelfth blind round (general knowledge): pay bargaining and its end, as "pay rise" and
# "laid off" above; "meetings" in the plural is the working day's ("back-to-back
# meetings"), where the singular also meets friends; a project's scope cut or creeping.
@category career
pay offer
pay deal
pay claim
severance

@category company
collective bargaining
#collectivebargaining
voted to accept         # members or a board voting on an offer, not an election
voted to reject
"meetings" = 0.5

@category industry
scope creep
cut scope

# Thirteenth blind round: advice turned to the reader who meets the same thing ("for
# anyone who finds something like this: ...").
@category lesson
for anyone who

# Thirteenth blind round: the new-role tag, written as one lowercase hashtag (as
# #newjob and #newchapter), and the start in a new role told in the first person.
@category career
#newrole
#newposition
i've started as = 1
i have started as = 1

# Thirteenth blind round: a chaplain's field of work, named as a field ("chaplaincy") or
# as hospitals and hospices call it ("spiritual care"), like "midwifery" above; years of
# work behind a result are a career told ("6 years of work for this").
@category industry
chaplaincy
spiritual care
@category career
years of work = 1
