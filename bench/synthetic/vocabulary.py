"""Word lists the synthetic world draws from: people's names, newspapers, services, committee
topics, programme and network names, and the places that must never be read as councils.
Kept short on purpose: variety comes from combining them."""

from __future__ import annotations

FIRST_NAMES = tuple(
    """
    Aisha Alan Alison Amir Andrew Angela Anne Barbara Ben Carol Catherine Chris Claire Colin
    Daniel David Deborah Denise Eleanor Emma Fiona Gareth Gillian Graham Hannah Harjit Helen
    Ian Imran Jack James Janet Jason Joanne John Julie Karen Keith Kevin Laura Lesley Linda
    Louise Malcolm Margaret Mark Martin Michelle Mohammed Nadia Neil Nicola Owen Patricia
    Paul Peter Priya Rachel Rebecca Richard Robert Ruth Sally Samuel Sandra Sarah Shabana
    Simon Stephen Susan Tariq Teresa Thomas Tony Vanessa Wendy
    """.split()
)

LAST_NAMES = tuple(
    """
    Ahmed Ainsworth Allen Armitage Atkinson Bailey Barker Bates Begum Bennett Bradshaw
    Brennan Brooks Burton Butler Carter Chadwick Chapman Clarke Collins Cooper Crossley
    Dawson Dixon Doherty Eastwood Ellis Evans Fairbairn Fielding Fletcher Foster Gallagher
    Gibson Goodwin Greenwood Hall Hammond Hargreaves Harper Hartley Hayes Hewitt Holroyd
    Hughes Hussain Jackson Jennings Kaur Kendall Khan Lawson Lister Lloyd Marsden Marshall
    Mason McCarthy Mellor Metcalfe Mistry Moss Nolan Norris Oakley O'Neill Osborne Parkin
    Patel Pearson Pickering Porter Quinn Rahman Redfern Riley Robinson Rowley Sharma Shaw
    Singh Slater Stanton Sutcliffe Taylor Thornton Townsend Turner Wainwright Walsh
    Warburton Whitehead Wilkinson Woodhouse Yates
    """.split()
)

# Newspapers are named after places, never after councils, so the name is a place distractor.
NEWSPAPER_STEMS = tuple(
    """
    Gazette Echo Courier Advertiser Mercury Chronicle Herald
    """.split()
)

TRADE_TITLES = (
    ("Municipal Review", "municipalreview.co.uk"),
    ("Town Hall Weekly", "townhallweekly.co.uk"),
    ("Public Service Times", "publicservicetimes.co.uk"),
    ("Council Affairs Today", "counciltoday.co.uk"),
)

SERVICES = (
    "ICT",
    "internal audit",
    "procurement",
    "waste collection",
    "revenues and benefits",
    "legal",
    "building control",
    "environmental health",
    "HR and payroll",
    "planning policy",
    "licensing",
    "CCTV monitoring",
    "emergency planning",
    "fraud investigation",
    "land charges",
    "customer services",
    "street cleansing",
)

JOINT_COMMITTEE_TOPICS = (
    "Waste",
    "Strategic Planning",
    "Building Control",
    "Crematorium",
    "Local Plan",
    "Archives",
    "Museums",
    "Shared Services",
    "Economic Prosperity",
    "Transport",
    "Community Safety",
)

LEGAL_BASES = (
    "sections 101 and 102 of the Local Government Act 1972",
    "section 101(5) of the Local Government Act 1972",
    "section 102(1)(b) of the Local Government Act 1972",
    "sections 101 and 102 of the Local Government Act 1972 and section 9EB of the Local "
    "Government Act 2000",
    "the Local Authorities (Arrangements for the Discharge of Functions) (England) "
    "Regulations 2012",
)

PROGRAMME_PATTERNS = (
    "{area} Together Programme",
    "Future {area} Programme",
    "{area} Connected Partnership",
    "One {area} Programme",
    "{area} Growth Programme",
    "{area} Digital Programme",
    "{area} Warm Homes Programme",
    "Healthy {area} Programme",
)

NETWORKS = (
    "Coastal Towns Network",
    "Northern Councils Network",
    "Shire Districts Group",
    "Market Towns Alliance",
    "New Towns Network",
    "Rural Services Forum",
    "Fair Funding Network",
    "Heritage Cities Group",
    "Visitor Economy Councils Network",
    "Carbon Neutral Councils Network",
)

# Bodies that carry a place or council name but are not councils.
NON_COUNCIL_BODIES = (
    "{place} Police",
    "{place} Fire and Rescue Service",
    "the {place} Chamber of Commerce",
    "{place} Wildlife Trust",
    "NHS {place} Integrated Care Board",
    "{place} College",
    "the {place} Community Foundation",
    "the {place} Local Enterprise Partnership",
)

WARDS = (
    "Northgate",
    "Castle",
    "Abbey",
    "Millbrook",
    "St Peter's",
    "Hillside",
    "Riverside",
    "Westfield",
    "Old Town",
    "Park",
    "Moorside",
    "Brookfield",
    "Central",
    "Meadowbank",
)

VENUES = (
    "the Council Chamber, Town Hall",
    "Committee Room 1, Civic Centre",
    "the Main Hall, Council Offices",
    "the Assembly Room, Guildhall",
    "Committee Room A, Civic Offices",
    "the Jubilee Room, Municipal Buildings",
    "Meeting Room 2, Council House",
)

DIRECTOR_POSTS = (
    "Director of Resources",
    "Director of Place",
    "Director of Housing and Communities",
    "Director of Environment",
    "Executive Director (Corporate Services)",
    "Strategic Director of Growth",
    "Director of Adult Social Care",
    "Director of Children's Services",
    "Director of Regeneration",
)

CABINET_PORTFOLIOS = (
    "finance",
    "housing",
    "the environment",
    "regeneration",
    "leisure and culture",
    "planning",
    "community safety",
    "corporate services",
    "health and wellbeing",
    "climate change",
    "transformation",
)
