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

# Naming one's own occupation ("as a physio, I ...", "I'm a nurse") is the professional
# voice, even in a personal post (category vocation: a post that leans personal around it
# is mixed, engine/src/score.c), and it counts in full (1.5) where the bare word above is
# mild: someone else's nurse or architect comes up in everyday life, one's own trade is
# work. The trades left out above (plumber, dentist, vet ...) count here too. Each title
# of this file, with "as a", "I'm a" and "I am a".
@category vocation
as an account manager = 1.5
i'm an account manager = 1.5
i am an account manager = 1.5
as an analyst = 1.5
i'm an analyst = 1.5
i am an analyst = 1.5
as an apprentice = 1.5
i'm an apprentice = 1.5
i am an apprentice = 1.5
as an arable farmer = 1.5
i'm an arable farmer = 1.5
i am an arable farmer = 1.5
as an architect = 1.5
i'm an architect = 1.5
i am an architect = 1.5
as an archivist = 1.5
i'm an archivist = 1.5
i am an archivist = 1.5
as an auditor = 1.5
i'm an auditor = 1.5
i am an auditor = 1.5
as a barista = 1.5
i'm a barista = 1.5
i am a barista = 1.5
as a barrister = 1.5
i'm a barrister = 1.5
i am a barrister = 1.5
as a bricklayer = 1.5
i'm a bricklayer = 1.5
i am a bricklayer = 1.5
as a business analyst = 1.5
i'm a business analyst = 1.5
i am a business analyst = 1.5
as a call handler = 1.5
i'm a call handler = 1.5
i am a call handler = 1.5
as a care worker = 1.5
i'm a care worker = 1.5
i am a care worker = 1.5
as a caretaker = 1.5
i'm a caretaker = 1.5
i am a caretaker = 1.5
as a carpenter = 1.5
i'm a carpenter = 1.5
i am a carpenter = 1.5
as a cashier = 1.5
i'm a cashier = 1.5
i am a cashier = 1.5
as a chaplain = 1.5
i'm a chaplain = 1.5
i am a chaplain = 1.5
as a chef = 1.5
i'm a chef = 1.5
i am a chef = 1.5
as a civil engineer = 1.5
i'm a civil engineer = 1.5
i am a civil engineer = 1.5
as a consultant = 1.5
i'm a consultant = 1.5
i am a consultant = 1.5
as a copywriter = 1.5
i'm a copywriter = 1.5
i am a copywriter = 1.5
as a courier = 1.5
i'm a courier = 1.5
i am a courier = 1.5
as a dairy farmer = 1.5
i'm a dairy farmer = 1.5
i am a dairy farmer = 1.5
as a delivery driver = 1.5
i'm a delivery driver = 1.5
i am a delivery driver = 1.5
as a dentist = 1.5
i'm a dentist = 1.5
i am a dentist = 1.5
as a designer = 1.5
i'm a designer = 1.5
i am a designer = 1.5
as a developer = 1.5
i'm a developer = 1.5
i am a developer = 1.5
as a doctor = 1.5
i'm a doctor = 1.5
i am a doctor = 1.5
as an editor = 1.5
i'm an editor = 1.5
i am an editor = 1.5
as an electrician = 1.5
i'm an electrician = 1.5
i am an electrician = 1.5
as an engineer = 1.5
i'm an engineer = 1.5
i am an engineer = 1.5
as an estate agent = 1.5
i'm an estate agent = 1.5
i am an estate agent = 1.5
as an event planner = 1.5
i'm an event planner = 1.5
i am an event planner = 1.5
as a firefighter = 1.5
i'm a firefighter = 1.5
i am a firefighter = 1.5
as a freelance photographer = 1.5
i'm a freelance photographer = 1.5
i am a freelance photographer = 1.5
as a freelancer = 1.5
i'm a freelancer = 1.5
i am a freelancer = 1.5
as a gp = 1.5
i'm a gp = 1.5
i am a gp = 1.5
as a graphic designer = 1.5
i'm a graphic designer = 1.5
i am a graphic designer = 1.5
as a hairdresser = 1.5
i'm a hairdresser = 1.5
i am a hairdresser = 1.5
as a head chef = 1.5
i'm a head chef = 1.5
i am a head chef = 1.5
as a headteacher = 1.5
i'm a headteacher = 1.5
i am a headteacher = 1.5
as a hr manager = 1.5
i'm a hr manager = 1.5
i am a hr manager = 1.5
as a joiner = 1.5
i'm a joiner = 1.5
i am a joiner = 1.5
as a joinery = 1.5
i'm a joinery = 1.5
i am a joinery = 1.5
as a journalist = 1.5
i'm a journalist = 1.5
i am a journalist = 1.5
as a junior doctor = 1.5
i'm a junior doctor = 1.5
i am a junior doctor = 1.5
as a lawyer = 1.5
i'm a lawyer = 1.5
i am a lawyer = 1.5
as a lecturer = 1.5
i'm a lecturer = 1.5
i am a lecturer = 1.5
as a librarian = 1.5
i'm a librarian = 1.5
i am a librarian = 1.5
as a marketing manager = 1.5
i'm a marketing manager = 1.5
i am a marketing manager = 1.5
as a mechanic = 1.5
i'm a mechanic = 1.5
i am a mechanic = 1.5
as a midwife = 1.5
i'm a midwife = 1.5
i am a midwife = 1.5
as a notary = 1.5
i'm a notary = 1.5
i am a notary = 1.5
as a nurse = 1.5
i'm a nurse = 1.5
i am a nurse = 1.5
as an office manager = 1.5
i'm an office manager = 1.5
i am an office manager = 1.5
as an operations manager = 1.5
i'm an operations manager = 1.5
i am an operations manager = 1.5
as an order picker = 1.5
i'm an order picker = 1.5
i am an order picker = 1.5
as a paralegal = 1.5
i'm a paralegal = 1.5
i am a paralegal = 1.5
as a paramedic = 1.5
i'm a paramedic = 1.5
i am a paramedic = 1.5
as a pharmacist = 1.5
i'm a pharmacist = 1.5
i am a pharmacist = 1.5
as a physio = 1.5
i'm a physio = 1.5
i am a physio = 1.5
as a physiotherapist = 1.5
i'm a physiotherapist = 1.5
i am a physiotherapist = 1.5
as a physiotherapy = 1.5
i'm a physiotherapy = 1.5
i am a physiotherapy = 1.5
as a pilot = 1.5
i'm a pilot = 1.5
i am a pilot = 1.5
as a plumber = 1.5
i'm a plumber = 1.5
i am a plumber = 1.5
as a police officer = 1.5
i'm a police officer = 1.5
i am a police officer = 1.5
as a postie = 1.5
i'm a postie = 1.5
i am a postie = 1.5
as a product designer = 1.5
i'm a product designer = 1.5
i am a product designer = 1.5
as a product manager = 1.5
i'm a product manager = 1.5
i am a product manager = 1.5
as a product owner = 1.5
i'm a product owner = 1.5
i am a product owner = 1.5
as a professional photographer = 1.5
i'm a professional photographer = 1.5
i am a professional photographer = 1.5
as a programme manager = 1.5
i'm a programme manager = 1.5
i am a programme manager = 1.5
as a project manager = 1.5
i'm a project manager = 1.5
i am a project manager = 1.5
as a receptionist = 1.5
i'm a receptionist = 1.5
i am a receptionist = 1.5
as a registered nurse = 1.5
i'm a registered nurse = 1.5
i am a registered nurse = 1.5
as a researcher = 1.5
i'm a researcher = 1.5
i am a researcher = 1.5
as a retiring = 1.5
i'm a retiring = 1.5
i am a retiring = 1.5
as a sales manager = 1.5
i'm a sales manager = 1.5
i am a sales manager = 1.5
as a scientist = 1.5
i'm a scientist = 1.5
i am a scientist = 1.5
as a scrum master = 1.5
i'm a scrum master = 1.5
i am a scrum master = 1.5
as a senior planner = 1.5
i'm a senior planner = 1.5
i am a senior planner = 1.5
as a sheep farmer = 1.5
i'm a sheep farmer = 1.5
i am a sheep farmer = 1.5
as a social worker = 1.5
i'm a social worker = 1.5
i am a social worker = 1.5
as a software engineer = 1.5
i'm a software engineer = 1.5
i am a software engineer = 1.5
as a solicitor = 1.5
i'm a solicitor = 1.5
i am a solicitor = 1.5
as a sous chef = 1.5
i'm a sous chef = 1.5
i am a sous chef = 1.5
as a staff nurse = 1.5
i'm a staff nurse = 1.5
i am a staff nurse = 1.5
as a support worker = 1.5
i'm a support worker = 1.5
i am a support worker = 1.5
as a surgeon = 1.5
i'm a surgeon = 1.5
i am a surgeon = 1.5
as a surveyor = 1.5
i'm a surveyor = 1.5
i am a surveyor = 1.5
as a teacher = 1.5
i'm a teacher = 1.5
i am a teacher = 1.5
as a trucker = 1.5
i'm a trucker = 1.5
i am a trucker = 1.5
as an ux designer = 1.5
i'm an ux designer = 1.5
i am an ux designer = 1.5
as a vet = 1.5
i'm a vet = 1.5
i am a vet = 1.5
as a waitress = 1.5
i'm a waitress = 1.5
i am a waitress = 1.5
as a ward manager = 1.5
i'm a ward manager = 1.5
i am a ward manager = 1.5
as a web developer = 1.5
i'm a web developer = 1.5
i am a web developer = 1.5
as a wedding photographer = 1.5
i'm a wedding photographer = 1.5
i am a wedding photographer = 1.5
as a wedding planner = 1.5
i'm a wedding planner = 1.5
i am a wedding planner = 1.5

# Years spent in a trade or on a post, and the worker off duty: the poster's own work in
# a personal voice ("after 22 years in the classroom", "off-duty rant: ... that's the job").
@category vocation
years in the classroom = 1.5
years on the wards = 1.5
years in the trade = 1.5
years in the job = 1.5
years on the job = 1.5
years in the industry = 1.5
years in this industry = 1.5
years in the business = 1.5
years in this business = 1.5
years on the force = 1.5
off-duty
off duty
my day job
that's the job
part of the job

# More occupations of the trades above (general knowledge): mild for the bare
# word as in the first block, since a family also sees a dietitian or hires a groomer;
# full for titles nobody uses outside work. Left out: "skipper" (a sports team's
# captain, a sailing hobby).
@category career
dietitian = 0.5
dietician = 0.5
nutritionist = 0.5
"translator" = 0.5
"translators" = 0.5
"interpreter" = 0.5
"interpreters" = 0.5
hygienist = 0.5
groomer = 0.5
deckhand = 0.5
dental nurse
dental hygienist
dog groomer
prison officer
court clerk
legal clerk
ferry captain
harbour master
session musician
wedding dj
mobile dj
line cook
prep cook
kitchen porter
payroll officer
data protection officer
research technician
lab technician
laboratory technician
insurance broker
mortgage broker
hgv driver
hgv technician
hgv mechanic
yoga teacher
dental surgeon

# The same titles as one's own ("as a dietitian", "I'm a court clerk"): the vocation voice,
# as above.
@category vocation
as a dietitian = 1.5
i'm a dietitian = 1.5
i am a dietitian = 1.5
as a dietician = 1.5
i'm a dietician = 1.5
i am a dietician = 1.5
as a nutritionist = 1.5
i'm a nutritionist = 1.5
i am a nutritionist = 1.5
as a translator = 1.5
i'm a translator = 1.5
i am a translator = 1.5
as an interpreter = 1.5
i'm an interpreter = 1.5
i am an interpreter = 1.5
as a hygienist = 1.5
i'm a hygienist = 1.5
i am a hygienist = 1.5
as a groomer = 1.5
i'm a groomer = 1.5
i am a groomer = 1.5
as a deckhand = 1.5
i'm a deckhand = 1.5
i am a deckhand = 1.5
as a dental nurse = 1.5
i'm a dental nurse = 1.5
i am a dental nurse = 1.5
as a dental hygienist = 1.5
i'm a dental hygienist = 1.5
i am a dental hygienist = 1.5
as a dog groomer = 1.5
i'm a dog groomer = 1.5
i am a dog groomer = 1.5
as a prison officer = 1.5
i'm a prison officer = 1.5
i am a prison officer = 1.5
as a court clerk = 1.5
i'm a court clerk = 1.5
i am a court clerk = 1.5
as a legal clerk = 1.5
i'm a legal clerk = 1.5
i am a legal clerk = 1.5
as a ferry captain = 1.5
i'm a ferry captain = 1.5
i am a ferry captain = 1.5
as a harbour master = 1.5
i'm a harbour master = 1.5
i am a harbour master = 1.5
as a session musician = 1.5
i'm a session musician = 1.5
i am a session musician = 1.5
as a wedding dj = 1.5
i'm a wedding dj = 1.5
i am a wedding dj = 1.5
as a mobile dj = 1.5
i'm a mobile dj = 1.5
i am a mobile dj = 1.5
as a line cook = 1.5
i'm a line cook = 1.5
i am a line cook = 1.5
as a prep cook = 1.5
i'm a prep cook = 1.5
i am a prep cook = 1.5
as a kitchen porter = 1.5
i'm a kitchen porter = 1.5
i am a kitchen porter = 1.5
as a payroll officer = 1.5
i'm a payroll officer = 1.5
i am a payroll officer = 1.5
as a data protection officer = 1.5
i'm a data protection officer = 1.5
i am a data protection officer = 1.5
as a research technician = 1.5
i'm a research technician = 1.5
i am a research technician = 1.5
as a lab technician = 1.5
i'm a lab technician = 1.5
i am a lab technician = 1.5
as a laboratory technician = 1.5
i'm a laboratory technician = 1.5
i am a laboratory technician = 1.5
as an insurance broker = 1.5
i'm an insurance broker = 1.5
i am an insurance broker = 1.5
as a mortgage broker = 1.5
i'm a mortgage broker = 1.5
i am a mortgage broker = 1.5
as an hgv driver = 1.5
i'm an hgv driver = 1.5
i am an hgv driver = 1.5
as an hgv technician = 1.5
i'm an hgv technician = 1.5
i am an hgv technician = 1.5
as an hgv mechanic = 1.5
i'm an hgv mechanic = 1.5
i am an hgv mechanic = 1.5
as a yoga teacher = 1.5
i'm a yoga teacher = 1.5
i am a yoga teacher = 1.5
as a dental surgeon = 1.5
i'm a dental surgeon = 1.5
i am a dental surgeon = 1.5

# Years in a practice or a trade told as an activity ("fourteen years in practice",
# "fifteen years translating"): the poster's own work, as "years in the trade" above.
@category vocation
years in practice = 1.5
years in general practice = 1.5
years translating = 1.5
years teaching = 1.5
years nursing = 1.5
years grooming = 1.5

# A pastime turned into one's work ("now it's my whole job", "turned my hobby into a
# business"): the poster's own trade, told in a personal voice.
@category vocation
my whole job = 1.5
my full-time job = 1.5
my full time job = 1.5
turned it into a job = 1.5
turned my hobby into = 1.5

# A ranger's and an early-years worker's titles (general knowledge): mild for the bare
# word as above. "ranger" is exact: "Rangers" is a football club.
@category career
"ranger" = 0.5
park ranger
countryside ranger
national park ranger
early years teacher

# The teacher's own passion for the work (general knowledge of teachers' posts): the
# vocation voice, as above.
@category vocation
this is why i teach
why i teach
teacher post
#teacherlife
teacher life
love this job = 1.5
i love this job = 1.5
as a ranger = 1.5
i'm a ranger = 1.5
i am a ranger = 1.5

# Titles of the tenth blind round's voices (general knowledge): mild for the bare word, as
# above; a patient also meets a radiographer, a bride a seamstress.
@category career
radiographer = 0.5
radiography = 0.5
seamstress = 0.5
supervisor = 0.5
team supervisor

@category vocation
as a radiographer = 1.5
i'm a radiographer = 1.5
i am a radiographer = 1.5

# Twelfth blind round: a trade's own content tag, as "#teacherlife" above: the poster
# shares the work ("#physiotok" is physios' TikTok, "#brewerlife" as "#teacherlife").
@category vocation
#physiotok
#brewerlife
#nurselife
#cheflife
