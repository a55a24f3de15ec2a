# Occupations: naming what you do for a living is the professional side of a post, even
# when it is told in a personal voice ("I'm officially a Registered Nurse!!!", "the
# bridge my team spent 3 years designing"). A mild signal (0.5) for the bare word, since
# "the nurse was lovely" or "our architect" also come up in everyday life; full weight
# for job titles nobody uses outside work. Left out on purpose: the trades and services
# people mostly hire at home (plumber, hairdresser, dentist, doctor, vet). "lecturer" is
# exact: its stem is the student's "lecture".

@category career
nurse = 0.5
registered nurse
staff nurse
ward manager
midwife = 0.5
paramedic = 0.5
pharmacist = 0.5
physiotherapist = 0.5
surgeon = 0.5
junior doctor
teacher = 0.5
"lecturer" = 0.5
"lecturers" = 0.5
headteacher = 0.5
researcher = 0.5
scientist = 0.5
engineer = 0.5
software engineer
civil engineer
developer = 0.5
web developer
designer = 0.5
ux designer
product designer
graphic designer
architect = 0.5
"consultant" = 0.5                # exact: its stem is also "consultation" (a GP visit, a public consultation)
"consultants" = 0.5
accountant* = 0.5
solicitor = 0.5
lawyer = 0.5
paralegal
analyst = 0.5
business analyst
journalist = 0.5
copywriter
freelancer = 0.5
joiner = 0.5
joinery = 0.5
carpenter = 0.5
electrician = 0.5
head chef
sous chef
project manager
product manager
product owner
programme manager
scrum master
account manager
sales manager
operations manager
office manager
hr manager
marketing manager

# Added with the second blind round's jobs: mild, like the bare words above.
@category career
pilot = 0.5
editor = 0.5
chef = 0.5
auditor = 0.5
estate agent = 0.5

# Added with the third blind round's voices (a bricklayer, a dairy farmer, apprentices):
# mild for the bare word, since people also hire a bricklayer at home. The bare "farmer"
# is left out: it is as often the subject of a political post ("every farmer who replied").
@category career
bricklayer = 0.5
apprentice = 0.5
dairy farmer
sheep farmer
arable farmer
hairdressing = 0.5

# More occupations, from general knowledge of the trades and professions (not from any
# post): mild for the bare word, as above. The person's own line of work, told in a
# personal voice ("Pharmacist hat on", "Your physio has spoken", "15 years of shooting
# weddings as a photographer", "a plumber from Gouda", "night-shift order picker") had no
# professional word at all. Left out as above, for the people hired at home: "builder",
# "mechanic", "barber", "butcher", "cleaner", "optician"; and "carer" (a son or daughter
# caring for a parent), "planner" (a diary), the bare "photographer" (TweetEval dev posts
# hold it 9 times, the hobby's tag; LinkedIn once), "baker" (a surname there), "realtor"
# (a tag), "classroom" (the student's side in the Facebook statuses).
@category career
physio = 0.5
physiotherapy = 0.5
wedding photographer
freelance photographer
professional photographer
wedding planner
event planner
order picker
cashier = 0.5
#cashierlife
firefighter = 0.5
barrister = 0.5
notary = 0.5
surveyor = 0.5
trucker = 0.5
courier = 0.5
caretaker = 0.5
receptionist = 0.5
senior planner
care worker
support worker
social worker

# Leaving work, and a teacher's pupils, mild: "retiring after 22 years in the classroom"
# is career news told in a personal voice; a family also says "dad's retirement do",
# hence half weight.
@category career
retiring = 0.5

@category industry
pupils = 0.5

# The working words of the voices corpora/README.md lists for the blind rounds (a pastor,
# a union rep, a pilot, a midwife, a notary, a dairy farmer, a bricklayer, a barista, a
# police call handler, a postie, a librarian ...), chosen from general knowledge of each
# trade, not from posts: each matched nothing. Mild where the customer's or the
# congregation's side is as common (the "passengers" of one's own bus trip, a family's
# "probate"); the pastor's work only in the first person ("my sermon"), since "a lovely
# sermon" is a churchgoer's Sunday. Exact: "births" (its stem takes "comment your birth
# month"), "negotiations" (not "negotiation skills unlocked" over a second-hand sofa).
@category career
chaplain = 0.5
barista = 0.5
waitress = 0.5
police officer = 0.5
call handler
postie = 0.5
delivery driver = 0.5
librarian = 0.5
archivist = 0.5

@category industry
my congregation
my parish
my sermon
sermon prep
"negotiations"
simulator = 0.5
"births" = 0.5
scaffolding = 0.5
conveyancing
probate = 0.5
herd = 0.5
silage
chair rental
passengers = 0.5
