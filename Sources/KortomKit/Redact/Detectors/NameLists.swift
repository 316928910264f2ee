/// Common first names and surnames in the Netherlands and in English-speaking countries,
/// compiled for Kortom from the names that are frequent in both populations, including names
/// common among Dutch citizens of Moroccan, Turkish, Surinamese (Hindustani among them),
/// Antillean, Polish and Indonesian descent, of newcomers from Ukraine, Eritrea, Syria and
/// Afghanistan, the names people are called by (`Mike`, `Liz`), and Chinese and Indian family
/// names as written in English.
///
/// Names that are also everyday words (`Ben`, `Will`, `Roos`, `Bakker`, `Green`) are listed
/// apart as ambiguous: they count as names only with more evidence (a surname beside them, a
/// position inside a sentence, a cue).
enum NameLists {
    static let firstNames: [String] = [
        // Dutch
        "aad", "aafke", "aart", "adriaan", "agnes", "albert", "alexander", "alida", "anita", "anja", "anke", "anne", "anneke",
        "annemarie", "annet", "annie", "anouk", "antoon", "arend", "arie", "arjan", "arjen", "arnold", "astrid", "bart", "bastiaan",
        "bea", "bep", "bernard", "bert", "bettie", "bram", "bregje", "carla", "carolien", "cees", "chantal", "charlotte", "chris",
        "christiaan", "cor", "corrie", "daan", "daniëlle", "danielle", "dirk", "dolf", "diederik", "dorien", "eefje", "elise", "elisabeth", "els",
        "emma", "erik", "esther", "evelien", "femke", "floor", "floris", "frans", "freek", "frits", "gerard", "gerda", "gerrit", "gert",
        "gijs", "greetje", "grietje", "guus", "hanneke", "hans", "harm", "hendrik", "henk", "henny", "herman", "hilde", "huib", "ilse",
        "ineke", "inge", "ingrid", "jaap", "jacob", "jacqueline", "jan-willem", "janneke", "jannie", "jasper", "jeroen", "jesse",
        "joost", "joop", "joris", "jos", "jose", "josé", "joyce", "judith", "juul", "karin", "kees", "klaas", "koen", "kim", "lars", "lieke",
        "lisa", "lotte", "luuk", "maaike", "maarten", "manon", "marco", "marieke", "marijke", "marjolein", "marloes", "martijn",
        "martin", "mees", "melissa", "merel", "michiel", "mieke", "milan", "monique", "nicole", "niels", "noor", "nora", "olaf", "pieter", "piet", "pim",
        "petra", "puck", "remco", "riet", "rik", "rina", "rob", "roel", "rogier", "ronald", "ruud", "sander", "sandra", "sanne",
        "saskia", "sem", "sietske", "simone", "sjoerd", "sophie", "stijn", "suzanne", "teun", "thijs", "tineke", "tom", "truus",
        "ruben", "vera", "wesley", "willem", "willemijn", "wim", "wouter", "yvonne", "zoë", "johan", "johannes", "jannes", "anton",
        "marinus", "cornelis", "geert", "hennie", "trijntje", "tjitske", "ria", "ellen", "wilma", "marian", "mirjam", "renate",
        "rianne", "fenna", "jelle", "jochem", "lucas", "levi", "finn", "thomas", "julia", "tess", "anna", "eva", "sara", "fleur",
        "nina", "lynn", "isa", "liam", "noah", "sven", "tim", "dennis", "patrick", "jeffrey", "kevin", "mark", "peter", "paul",
        "rene", "rené", "ton", "theo", "wil", "jan", "ben", "bas", "roos", "lot", "job", "max", "bob", "iris", "jet", "ans", "gea",
        "hetty", "tonnie", "constantijn", "wiebe", "hidde", "tjeerd", "sytze", "bauke", "ids", "jildou", "hiske", "marit", "ruth",
        // English
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "charles", "christopher", "daniel",
        "matthew", "anthony", "donald", "steven", "andrew", "joshua", "kenneth", "george", "brian", "edward", "ronald",
        "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin",
        "scott", "brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "raymond", "jack", "dennis", "jerry", "tyler",
        "aaron", "henry", "adam", "douglas", "nathan", "zachary", "kyle", "walter", "harold", "jeremy", "ethan", "carl", "keith",
        "roger", "gerald", "christian", "terry", "sean", "arthur", "austin", "noah", "lawrence", "jesse", "joe", "bryan", "billy",
        "jordan", "albert", "dylan", "bruce", "willie", "gabriel", "alan", "juan", "logan", "wayne", "ralph", "roy", "eugene",
        "randy", "vincent", "russell", "louis", "philip", "bobby", "johnny", "bradley", "oliver", "harry", "charlie", "oscar",
        "alfie", "freddie", "archie", "leo", "alfie", "callum", "connor", "declan", "liam", "owen", "rhys", "gareth", "ian",
        "neil", "graham", "nigel", "trevor", "colin", "derek", "malcolm", "stuart", "alistair", "hamish", "fergus", "niamh",
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy", "lisa",
        "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol", "amanda",
        "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley", "angela",
        "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine", "debra", "rachel",
        "catherine", "carolyn", "janet", "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia",
        "kelly", "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha",
        "jacqueline", "gloria", "teresa", "ann", "sara", "madison", "frances", "kathryn", "janice", "jean", "abigail", "alice",
        "judy", "sophia", "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella", "theresa", "diana",
        "natalie", "brittany", "charlotte", "marie", "kayla", "alexis", "lori", "priya", "siobhan", "aoife", "bronwen",
        "gemma", "kirsty", "leanne", "stacey", "chloe", "sophie", "jessica", "ella", "amelia", "isla", "poppy", "freya",
        "harriet", "imogen", "lucy", "molly", "phoebe", "zara", "eleanor", "florence", "edith", "mabel", "agnes", "wendy",
        "will", "may", "june", "april", "rose", "grace", "hope", "joy", "faith", "bill", "pat", "art", "robin", "dawn", "zak", "jay",
        "holly", "ivy", "ruby", "lily", "jade", "miles", "dean", "guy", "drew", "glen", "dale", "eve", "sky", "summer",
        // Irish, Welsh and Scottish, also with the accents they are often written with
        "ciaran", "ciarán", "siobhán", "seán", "orla", "sinead", "sinéad", "eoin", "cian", "oisin", "oisín", "caoimhe", "roisin",
        "róisín", "padraig", "pádraig", "niall", "ronan", "cathal", "darragh", "saoirse", "clodagh", "aisling", "grainne",
        "gráinne", "deirdre", "fionnuala", "cerys", "sian", "siân", "owain", "ffion", "dafydd", "angharad", "bethan", "iwan",
        "geraint", "gwen", "gwyneth", "eleri", "rhiannon", "llinos", "hywel", "emyr", "morag", "eilidh", "ailsa", "catriona",
        "zoë", "chloë", "noël", "renée", "josé", "inés", "andrés", "françois", "hélène", "anaïs", "fiona", "jayden", "amara", "kacper", "zuzanna",
        // Arabic, Berber, Turkish, Surinamese, Indonesian and other names common in the Netherlands
        "mohammed", "mohamed", "muhammad", "ahmed", "ahmet", "ali", "hassan", "hussein", "youssef", "yusuf", "omar", "karim",
        "mustafa", "mehmet", "murat", "emre", "burak", "kemal", "hakan", "ibrahim", "ismail", "khalid", "rachid", "said",
        "abdel", "abdelkader", "driss", "fatima", "fatma", "aisha", "aicha", "khadija", "naima", "samira", "nadia", "yasmina",
        "yasmine", "zeynep", "elif", "ayse", "ayşe", "emine", "hatice", "meryem", "sevda", "esra", "büşra", "busra", "leyla",
        "soufiane", "bilal", "ilias", "anass", "mounir", "nordin", "rayan", "imane", "salma", "hanane", "malika", "hafsa",
        "ravi", "anil", "sunita", "shanti", "radjesh", "rajesh", "ramon", "roy", "dewi", "putri", "wayan", "agus",
        "sergio", "carlos", "jorge", "luis", "ana", "lucia", "marta", "piotr", "tomasz", "katarzyna", "agnieszka", "andrzej",
        "pawel", "ewa", "anna", "olga", "irina", "natasha", "dmitri", "oksana", "olena", "tetiana", "andriy", "yuliia",
        // More names common in the Netherlands: old and new Dutch names, and names of Dutch
        // citizens of Moroccan, Turkish, Polish, Surinamese and Antillean descent
        "saar", "evi", "mila", "yara", "esmee", "jasmijn", "johanna", "wilhelmina", "geertruida", "cornelia",
        "jannetje", "aaltje", "hendrika", "gerarda", "adriana", "petronella", "catharina", "jacoba", "dirkje",
        "klaasje", "riek", "mien", "sjaak", "toon", "dries", "fons", "adrie", "marja", "marjan", "annemiek",
        "nienke", "olivier", "sterre", "fien", "dex", "siem", "cas", "pepijn", "tygo", "jip", "rens", "duuk",
        "boaz", "joep", "jens", "wout", "wessel", "mats", "ties", "bink", "twan", "yassine", "ayoub", "hamza",
        "amine", "mehdi", "ilyas", "zakaria", "anas", "othman", "hajar", "aya", "lina", "yasmin", "ikram", "fatih",
        "emir", "ömer", "omer", "efe", "kerem", "arda", "ecrin", "defne", "eylül", "eylul", "nisa", "ceylin",
        "kasia", "magda", "marek", "krzysztof", "michał", "michal", "łukasz", "lukasz", "paweł", "jakub", "kamil",
        "monika", "agata", "beata", "dorota", "shanice", "giovanni", "natasja", "jermaine", "xaviera", "shaquille",
        "jurgen", "jürgen", "lianne", "jolanda", "henriëtte", "henriette", "bianca", "sabine", "angelique",
        "angélique", "mariska", "nathalie", "marleen", "maartje", "heleen", "janine", "desiree", "désirée",
        "lidewij", "loes", "mariëlle", "mariette", "mireille", "natascha", "nicolette", "renske", "rosalie",
        "veerle", "wieke", "ard", "arno", "berend", "boudewijn", "bouke", "casper", "coen", "corné", "daniël",
        "ernst", "evert", "feike", "gerben", "gerjan", "gerlof", "gert-jan", "gertjan", "gijsbert", "gilles",
        "guido", "hein", "hendrikus", "huub", "ivo", "jacco", "jacques", "jakob", "jan-peter", "janpeter", "jarno",
        "jelmer", "jonas", "jorn", "jurriaan", "klaas-jan", "laurens", "leendert", "lennart", "luc", "marcel",
        "marijn", "mathijs", "matthijs", "maurits", "menno", "michel", "niek", "onno", "quinten", "reinier",
        "robbert", "roeland", "sebastiaan", "stefan", "taco", "tijmen", "valentijn", "wybren", "yoran", "youri",
        "yuri",
        // More Moroccan-Dutch names
        "amira", "amina", "hiba", "ilham", "soumaya", "loubna", "sanae", "siham", "latifa", "rachida", "zineb",
        "hafida", "naoual", "dounia", "kaoutar", "chaima", "nisrine", "oumaima", "wiam", "maryam", "asmae", "houda",
        "karima", "anouar", "hicham", "mustapha", "nabil", "redouan", "samir", "tarik", "younes", "badr", "hamid",
        "jamal",
        // Hindustani (Surinamese) and Indian names
        "amit", "arjun", "ashok", "deepak", "dinesh", "ganesh", "gaurav", "harish", "karthik", "krishna", "manish",
        "mahesh", "mohan", "naveen", "navin", "nikhil", "pradeep", "prakash", "pranav", "rahul", "rajiv", "rakesh",
        "ramesh", "rohit", "sachin", "sanjay", "sandeep", "santosh", "shankar", "sidharth", "siddharth", "sunil",
        "suresh", "tarun", "varun", "vijay", "vikram", "vinod", "vivek", "yogesh", "aditya", "abhishek", "akash",
        "ankit", "anand", "hemant", "kunal", "mayank", "nitin", "pankaj", "prashant", "rajat", "saurabh", "shubham",
        "sumit", "vishal", "vikash", "ashwin", "rajendra", "aarti", "anjali", "ananya", "deepa", "divya", "geeta",
        "gita", "kavita", "lakshmi", "meena", "neha", "nisha", "pooja", "priyanka", "radha", "rekha", "ritu",
        "sangeeta", "sangita", "shreya", "shruti", "sneha", "soenita", "swati", "usha", "vandana", "jyoti", "mansi",
        "payal", "preeti", "rashmi", "sapna", "shweta", "tanvi", "reshma", "sharda", "devika", "roshni", "indira",
        "savitri", "kamla", "asha",
        // Punjabi names, common among British callers, and their short forms
        "dev", "raj", "devinder", "rajinder", "harpreet", "gurpreet", "manpreet", "jaspreet", "amrit", "baljit", "kuldeep",
        "parminder", "sukhdeep", "jaswinder", "harjit", "navdeep",
        // English as people are called day to day (`Mike`, `Jenny`, `Liz`), and more given names:
        // many callers give no other.
        "mike", "mikey", "mick", "micky", "mickey", "dave", "davey", "danny", "dan", "sam", "sammy", "tony", "tommy",
        "jay", "dee", "zak", "jed", "baz", "gaz", "shaz", "kaz",
        "timmy", "jimmy", "jim", "jimmie", "jamie", "jake", "josh", "joey", "jon", "jonny", "ricky", "rick", "ricki",
        "nick", "nicky", "nicola", "nico", "alex", "alexa", "alexia", "alexandra", "sandy", "andy", "matt", "matty",
        "kris", "steve", "stevie", "steph", "phil", "pete", "petey", "benny", "bennie", "benji", "ted", "teddy",
        "ned", "eddie", "eddy", "freddy", "fred", "frankie", "hank", "harvey", "herbert", "herb", "bertie", "alf",
        "alfred", "archibald", "reg", "reggie", "ron", "ronnie", "ronny", "donnie", "donny", "doug", "dougie",
        "greg", "gregg", "garry", "barry", "perry", "kenny", "ken", "kev", "vince", "vinny", "vinnie", "tonie",
        "robbie", "robby", "rod", "bobbie", "burt", "kurt", "curt", "craig", "glenn", "clyde", "clive", "cliff", "clifford",
        "lionel", "leonard", "len", "lenny", "ray", "rudy", "rudi", "reuben", "stan", "stanley", "sid", "sidney",
        "syd", "norman", "norm", "neal", "niles", "myles", "marty", "martyn", "mervyn", "melvin", "marvin", "mitch",
        "mitchell", "toby", "tobias", "zach", "zack", "zac", "sami", "vic", "victor", "vick", "vicky", "vickie",
        "vikki", "liz", "lizzie", "lizzy", "liza", "eliza", "beth", "bethany", "betsy", "bess", "bessie", "bette",
        "libby", "elsie", "ellie", "jenny", "jen", "jenni", "jennie", "jenna", "jenn", "kate", "katie", "kathy",
        "kath", "kathie", "katy", "kat", "cathy", "cath", "cathie", "kitty", "kit", "kittie", "sally", "sal", "sue",
        "susie", "suzy", "suzie", "susanne", "suzannah", "sherry", "sheri", "cheri", "cherie", "shari", "shannon",
        "tina", "tiana", "gina", "regina", "tanya", "tonya", "sonia", "sonja", "sonya", "vanessa", "nessa", "becky",
        "becca", "bex", "rebekah", "debbie", "deb", "debby", "debs", "mandy", "mandi", "candy", "candace", "candice",
        "cindy", "windy", "peggy", "meg", "maggie", "margie", "marge", "madge", "mags", "patty", "patti", "pattie",
        "trish", "tricia", "trisha", "patsy", "polly", "dolly", "dot", "dottie", "dora", "nell", "nellie", "jane",
        "janey", "janie", "jo", "joanne", "joanna", "joanie", "jody", "jodie", "josie", "jessie", "jess", "jill",
        "jilly", "gill", "gillian", "jules", "juliet", "julian", "julius", "lou", "louie", "louise", "lulu", "luce",
        "lucie", "lucille", "lucinda", "caroline", "carole", "carrie", "cari", "carly", "carlie", "kerry", "kerri",
        "keri", "terri", "teri", "tracy", "tracey", "stacy", "stacie", "trina", "katrina", "sabrina", "sabina",
        "serena", "selena", "celine", "celia", "cecilia", "cissy", "sissy", "fran", "frannie", "francine", "francis",
        "veronica", "roni", "monica", "mona", "moira", "myra", "mira", "maura", "lora", "loren", "lorraine",
        "loretta", "rita", "irene", "ilene", "eileen", "aileen", "arlene", "darlene", "marlene", "charlene",
        "sharlene", "jolene", "noreen", "doreen", "maureen", "colleen", "elaine", "lainey", "alana", "elena",
        "helena", "lena", "tessa", "tamara", "tammy", "tammie", "tami", "pam", "pammy", "val", "valerie",
        "valentina", "verity", "vivian", "vivienne", "viv", "wanda", "rhonda", "ronda", "glenda", "lynda", "lynne",
        "bev", "meryl", "sheryl", "beryl", "muriel", "ethel", "edna", "enid", "mavis", "gladys", "hilda", "irma",
        "ursula", "agatha", "marsha", "marcia", "maud", "maude", "mae", "norah", "hattie", "harriett", "hettie",
        "henrietta", "etta", "greta", "gretchen", "heidi", "hilary", "hillary", "jeanette", "janette", "jeanne",
        "jeannie", "joann", "marion", "miriam", "naomi", "nadine", "nat", "tasha", "sasha", "sadie", "sammie",
        "shelly", "shelley", "shelby", "sheila", "sheena", "alison", "allison", "allie", "ally", "aly", "alyssa",
        "aimee", "annette", "hanna", "hana", "ava", "evie", "abby", "abbie", "addie", "adele", "adeline", "audrey",
        "avril", "bernadette", "bridget", "bridie", "brigid", "bryony", "callie", "camilla", "cara", "carmen",
        "cassie", "cassandra", "cecily", "chantelle", "chelsea", "clara", "clare", "claire", "connie", "constance",
        "daphne", "delia", "della", "dina", "dinah", "edie", "edwina", "elsa", "emmy", "esme", "estelle", "eunice",
        "evangeline", "fay", "faye", "felicity", "flo", "flora", "freda", "frieda", "georgie", "georgina", "ginny",
        "hayley", "haley", "hazel", "helga", "hester", "imelda", "isabel", "isabelle", "isobel", "izzy", "jackie",
        "jacqui", "jacky", "janis", "jasmin", "jocelyn", "josephine", "judi", "kay", "kaye", "kirsten", "kristen",
        "kristin", "kristina", "lacey", "leah", "lesley", "leslie", "lexi", "lila", "lilly", "lindsay", "lindsey",
        "liv", "lola", "lorna", "lottie", "louisa", "marcy", "mari", "mariah", "marianne", "maxine", "melanie",
        "mel", "millie", "minnie", "miranda", "nikki", "noelle", "odette", "paula", "pauline", "penelope", "pippa",
        "priscilla", "queenie", "rachael", "rae", "raquel", "rena", "rhoda", "rosalind", "rosemary", "rosie",
        "roxanne", "ruthie", "selina", "shauna", "sybil", "tilly", "trudy", "una", "verna", "winifred", "winnie",
        "yolanda", "yvette", "zoe", "zoey", "aiden", "ayden", "brayden", "caden", "jaden", "mason", "elijah",
        "caleb", "isaac", "isaiah", "jared", "jeremiah", "jerome", "jerrod", "jarrod", "jeff", "jeffery", "geoff",
        "geoffrey", "gerry", "gordon", "graeme", "grahame", "hector", "howard", "hugh", "hugo", "humphrey", "ivan",
        "jerald", "jethro", "jonah", "joel", "jude", "kane", "kelvin", "kendall", "kieran", "kirk", "leroy",
        "lester", "lewis", "lloyd", "luke", "marcus", "mario", "maurice", "maxwell", "morris", "murray", "nathaniel",
        "nate", "neville", "nolan", "ollie", "otis", "paddy", "percy", "quentin", "randall", "randolph", "ricardo",
        "rodney", "roland", "ross", "rupert", "russ", "seth", "shane", "shaun", "shawn", "sheldon", "simon",
        "spencer", "stewart", "terence", "terrance", "theodore", "travis", "trent", "tristan", "troy", "tyrone",
        "vernon", "wallace", "walt", "wally", "warren", "wilbur", "wilfred", "willy", "winston", "wyatt", "abe",
        "abraham", "adrian", "alastair", "alec", "alvin", "ambrose", "angus", "arnie", "barney", "basil", "benedict",
        "bernie", "bertram", "boris", "brad", "brendan", "brett", "bruno", "byron", "calvin", "cameron", "casey",
        "cecil", "cedric", "chad", "chester", "clarence", "claude", "clint", "cody", "conrad", "cyril", "damian",
        "damien", "damon", "darren", "darryl", "daryl", "denis", "derrick", "desmond", "dexter", "dominic",
        "donovan", "dudley", "duncan", "dwayne", "dwight", "edgar", "edmund", "edwin", "elliot", "elliott", "elmer",
        "emmett", "ernest", "ernie", "errol", "evan", "everett", "felix", "floyd", "franklin", "gavin", "gideon",
        "gilbert", "giles", "godfrey", "gus", "harris", "harrison", "homer", "horace", "irving", "jarvis", "kent",
        "lance", "leon", "lorenzo", "lyle", "marshall", "mathew", "mervin", "milo", "monty", "morgan", "preston",
        "quincy", "reginald", "rex", "rory", "rufus", "sebastian", "seymour", "sherman", "solomon", "sterling",
        "tarquin", "thaddeus", "todd", "ulysses", "vaughn", "wade", "wendell", "willis", "woodrow", "xavier", "zane",
        // Ukrainian, Russian, Eritrean, Syrian, Afghan, Polish, Romanian and Bulgarian names: of
        // newcomers municipalities have served since 2015 and 2022, often in Latin letters several ways
        "abdul", "abdullah", "abrham", "ahmad", "ahmadullah", "alla", "amer", "ammar", "anastasia", "anastasiia",
        "anatolii", "anatoly", "andreea", "andrei", "andrey", "andrii", "aneta", "artem", "artur", "awet", "bartosz",
        "basel", "bashar", "bassel", "batoul", "berhane", "berhe", "biniam", "bogdan", "bohdan", "borys", "bozena",
        "bożena", "bushra", "catalin", "constantin", "cristian", "cătălin", "daria", "dariia", "dariusz", "dawit",
        "denys", "desislava", "dima", "dimitar", "dmitry", "dmytro", "duaa", "dumitru", "eden", "evgeny", "farhad",
        "farid", "farzana", "feven", "filmon", "firas", "florin", "freshta", "gebre", "gebremedhin", "georgi",
        "gergana", "ghada", "ghaith", "ghebremeskel", "gheorghe", "grazyna", "grażyna", "grigory", "grzegorz", "habib",
        "habte", "haile", "hala", "halyna", "hiwet", "hristo", "hryhorii", "huda", "husam", "igor", "ihor", "inna",
        "ioana", "ionela", "ionut", "ionuț", "iordan", "iryna", "ivanka", "ivanna", "ivaylo", "iwona", "jaroslaw",
        "jarosław", "jawad", "justyna", "kateryna", "khaled", "khrystyna", "kibrom", "kidane", "kirill", "konstantin",
        "kostiantyn", "kyrylo", "lama", "larisa", "larysa", "layla", "leila", "liudmyla", "luwam", "lyudmila",
        "magdalena", "maher", "mahmoud", "majd", "maksym", "malalai", "malgorzata", "marcin", "mariam", "mariia",
        "mariusz", "marwan", "masooma", "masoud", "mateusz", "maxim", "maya", "małgorzata", "mebrat", "mehari",
        "mehret", "mihaela", "mihai", "mikhail", "mirwais", "mohammad", "mussie", "mykhailo", "mykola", "nada",
        "nadiia", "nargis", "nasir", "natalia", "nataliia", "nataliya", "natnael", "naveed", "negasi", "nicolae",
        "nikolai", "nisreen", "nour", "obada", "oleg", "oleh", "oleksandr", "oleksii", "oleksiy", "olexandr", "osama",
        "parwana", "pavel", "pavlo", "petro", "plamen", "polina", "przemyslaw", "przemysław", "qusai", "rahel", "rahim",
        "rahmat", "rama", "rami", "rana", "rania", "rasha", "rawan", "razan", "razvan", "reem", "roman", "rositsa",
        "roya", "ruba", "ruslan", "ruta", "răzvan", "saba", "sahar", "saleh", "samer", "sana", "sayed", "segen",
        "selam", "semere", "senait", "senay", "sergei", "sergey", "sergii", "serhii", "shabnam", "shafiq", "shahd",
        "shakib", "slawomir", "sofiia", "soraya", "stanislav", "stoyan", "svetlana", "svitlana", "sławomir", "taras",
        "tarek", "tareq", "teklay", "tekle", "tesfamariam", "tesfay", "tesfaye", "tetyana", "tsega", "tsegay",
        "tsegaye", "tsvetan", "tsvetanka", "vadym", "valentyn", "vasile", "vasyl", "viktoria", "viktoriia", "vira",
        "vitalii", "vitaly", "vlad", "vladimir", "vladyslav", "volodymyr", "wael", "wahid", "walid", "winta",
        "wioletta", "wojciech", "yaroslav", "yasser", "yemane", "yevhen", "yohannes", "yonas", "yordanos", "yosief",
        "yulia", "yuliya", "yurii", "zabihullah", "zahra", "zaid", "zainab", "zbigniew", "ziad", "zoya",
        // Irish names
        "seamus", "séamus", "donal", "dónal", "fergal", "colm", "cormac", "rónán", "brid", "bríd",
        // Polish names of the generation born before 1960
        "stanisław", "stanislaw", "tadeusz", "kazimierz", "jerzy", "ryszard", "janusz", "henryk", "leszek", "zdzisław", "zdzislaw",
        "wiesław", "wieslaw", "mieczysław", "mieczyslaw", "władysław", "wladyslaw", "jadwiga", "halina", "danuta", "elżbieta", "elzbieta",
        "krystyna",
        // West African and Zimbabwean names given as English words
        "precious", "blessing", "favour", "gift", "godwin", "patience", "prosper",
        // Dutch names of the generations that call most (`Miep`, `Harrie`, `Toos`), their baptismal forms, the newest generation's, and English short forms
        "cleo", "masha", "zina", "gav", "nel", "miep", "harrie", "sjef", "corry", "dini", "gerdien", "ilona", "lia", "mia",
        "netty", "rika", "sjaan", "stien", "tonny", "babs", "biddy", "roz", "tash", "suze", "abi", "angie", "bella",
        "gabby", "gail", "maddie", "milly", "mimi", "toni", "stu", "jimbo", "jonno", "cass", "dré", "dick", "gene",
        "shanaya", "romano", "toos", "gré", "ank", "thea", "marga", "lenie", "leni", "jopie", "geesje", "diny", "gonny",
        "hannes", "sjors", "bertus", "petrus", "adrianus", "wilhelmus", "gerardus", "theodorus", "antonius", "jacobus",
        "franciscus", "klazina", "hendrikje", "jansje", "antonia", "luca", "sien", "rie", "nol", "koos", "dien", "bets",
        "tine", "tiny", "joke", "greet", "trees", "hal", "trudie", "truida",
        // Frisian names
        "hylke", "hylkje", "jeltje", "sytske", "auke", "douwe", "wytze", "rixt", "froukje", "baukje", "wietske", "jouke", "fokke",
        "gerbrich", "tsjitske", "lolke", "ype", "sjouke", "anneke", "minke", "jildou", "marrit", "tjeerd", "sybren", "wiebe", "hessel",
        "doutzen", "eelke", "jitske", "renske", "sipke", "tsjalle", "wopke", "ytsje", "bauke", "geart",
        // Nigerian and Ghanaian names, common in Britain and (Ghanaian) in Amsterdam, and more
        // Surinamese and Antillean names
        "femi", "tunde", "chidi", "chinedu", "emeka", "ngozi", "nkechi", "chiamaka", "adaeze", "obinna", "ikenna", "uchenna",
        "chukwuemeka", "oluwaseun", "seun", "tobi", "tolu", "funmi", "funmilayo", "bukola", "kemi", "yemi", "segun", "dayo",
        "bisi", "tayo", "ayodele", "adebayo", "babatunde", "olumide", "temitope", "abiodun", "folake", "chioma", "ifeoma",
        "kwame", "kofi", "kwabena", "kwaku", "kwasi", "akosua", "abena", "efua", "kojo", "adjoa", "akua", "afua", "yaa",
        "sharmila", "kiran", "soenil", "rachna", "shurandy", "jairzinho", "rudsel", "sherida", "esmeralda", "lisette", "girigorie",
        // More Welsh names
        "rhodri", "carys", "gethin", "sioned", "elin", "alun", "aled", "lowri", "catrin", "mared", "osian", "gwenllian", "meinir", "tomos",
        // Pakistani and Bangladeshi names common in Britain
        "imran", "asif", "tariq", "shahid", "zahid", "nadeem", "irfan", "kamran", "adnan", "usman", "faisal", "zain", "ayesha",
        "saima", "shazia", "rukhsana", "nasreen", "farah", "sadia", "amir", "rizwan", "sajid", "waqar", "javed", "shabana",
        "parveen", "tahir", "arshad", "rashid",
        // British names of the generations born since the eighties
        "kayleigh", "kayley", "courtney", "demi", "kelsey", "codie", "tayla", "keeley", "jodie", "chelsea", "paige", "bethany",
        "jordan-lee", "jamie-lee", "ellie-mae", "lacey", "leah", "macy", "skye", "aimee", "danni", "jordana", "kian", "reece",
        "rhys", "kai", "harley", "alfie", "archie", "mason", "dylan", "corey", "jake", "nathan", "declan", "brody",
        // Among the names given most in England and Wales and in the Netherlands in the last ten
        // years: the children callers speak of
        "abel", "ada", "albie", "arabella", "arlo", "ayla", "beatrice", "dani", "delilah", "emilia", "erin", "evy", "ezra",
        "finley", "grayson", "hallie", "hudson", "jaxon", "jenson", "loïs", "lyla", "maisie", "margot", "matilda", "noud",
        "riley", "rowan", "sepp", "sienna", "sofia", "sofie", "robyn", "aria", "aurora", "bonnie", "daisy", "feline", "harper",
        "hunter", "luna", "violet", "willow",
        // Dutch names of the generations born in the sixties and seventies, Polish and Antillean names
        "erwin", "ferry", "marc", "wilco", "sylvia", "ferdinand", "carola", "eugenia", "zofia", "maja", "shurendy",
        // More British, Irish, Indian, Nigerian, Ghanaian, Zimbabwean and Caribbean first names
        "lyndsey", "darcie", "darcy", "scarlett", "marjorie", "beverley", "kimberley", "frederick", "ewan", "euan", "calum",
        "finlay", "lachlan", "aidan", "conor", "adil", "rohan", "meera", "simran", "sukhvinder", "navjot", "chidinma", "kwesi",
        "delroy", "claudette", "denzel", "tendai", "tatenda", "farai", "aaliyah", "teddie", "piers", "crispin", "barnaby",
        // More Turkish and Moroccan first names, as Dutch citizens of Turkish and Moroccan descent are named
        "hüseyin", "huseyin", "hasan", "osman", "ramazan", "halil", "süleyman", "suleyman", "mahmut", "recep", "kadir",
        "serkan", "orhan", "cem", "can", "mert", "baris", "barış", "onur", "tolga", "volkan", "serdar", "erkan", "sinan",
        "tuncay", "yasin", "enes", "eren", "furkan", "berkay", "umut", "ozan", "oguz", "oğuz", "selim", "tarık", "erdem",
        "gökhan", "gokhan", "levent", "cengiz", "yavuz", "engin", "ercan", "ferhat", "sedat", "metin", "nihat", "şerife",
        "serife", "zehra", "sultan", "hanife", "merve", "özlem", "ozlem", "hülya", "hulya", "gülşen", "gulsen", "sevgi",
        "derya", "dilek", "filiz", "nurcan", "songül", "songul", "esma", "kübra", "kubra", "rabia", "tuba", "yasemin", "gül",
        "gul", "ebru", "ece", "aylin", "sibel", "pınar", "pinar", "selin", "irem", "melike", "sena", "beyza", "nur",
        "hayriye", "emel", "seda", "tülay", "tulay", "ayten", "aynur", "nermin", "saadet", "havva", "mohamad", "abdellah",
        "abdelaziz", "saïd", "mostafa", "abdelilah", "brahim", "noureddine", "najib", "anwar", "sofiane", "zakariya", "ayoube",
        "othmane", "younesse", "redouane", "mohcine", "mimoun", "abdeslam", "aziz", "jamila", "fatiha", "aïcha", "naïma",
        "zohra", "souad", "saida", "kawtar", "wafae", "lamia", "chaimae", "inas",
        // More Frisian first names
        "jorrit", "sietse", "wytse", "tjalling", "sjoukje", "rinse", "hinke", "durk", "folkert", "geeske", "hedzer", "hotse",
        "jentje", "lutske", "meinte", "pytsje", "reinder", "rients", "sjabbe", "taeke", "watse", "willemke",
        // Cornish first names
        "tamsin", "tamsyn", "morwenna", "demelza", "kerensa", "loveday", "jago", "piran", "kenver", "jowan", "tressa", "lowenna",
        "elowen", "senara", "wenna", "cador", "hedra", "ysella", "talan", "peran",
        // More Irish first names, with and without their accents
        "áine", "aine", "sadhbh", "ruairí", "ruairi", "tadhg", "fionn", "méabh", "meabh", "diarmuid", "fiachra",
        "dearbhla", "éabha", "eabha", "aoibhinn", "caoimhín", "caoimhin", "donnacha", "donncha", "peadar", "seosamh",
    ]

    static let surnames: [String] = [
        // Dutch, without their particles (`de Vries` is `Vries` after the particle `de`)
        "jansen", "janssen", "vries", "jong", "bakker", "visser", "smit", "meijer", "meyer", "boer", "mulder", "groot", "bos",
        "vos", "peters", "hendriks", "leeuwen", "dekker", "brouwer", "wit", "dijk", "berg", "dijkstra", "graaf", "smits",
        "vermeulen", "kok", "jacobs", "haan", "heuvel", "veen", "bosch", "broek", "willems", "schouten", "hoekstra", "koster",
        "vermeer", "prins", "beek", "maas", "huisman", "wal", "kuipers", "linden", "verhoeven", "brink", "postma", "kramer",
        "sanders", "hermans", "timmermans", "jonge", "bergen", "vliet", "molenaar", "kuiper", "wijk", "koning", "verbeek",
        "goossens", "martens", "wouters", "schipper", "hoek", "hofman", "vink", "mol", "dam", "laan", "driel", "bijl", "boom",
        "hoogendoorn", "zwart", "kaan", "oosterhuis", "blom", "hartman", "kroon", "scholten", "wijnen", "verschuren", "gerritsen",
        "evers", "vrij", "tromp", "roos", "veenstra", "zijlstra", "bosman", "haas", "horst", "kamp", "groen", "stam", "bruijn",
        "bruin", "wiersma", "smeets", "kort", "lange", "pol", "wolf", "hoven", "boonstra", "veldman", "mertens", "claes",
        "peeters", "aerts", "dijkman", "geerts", "rijn", "verhagen", "schmidt", "vos", "keizer", "hoogland", "meer", "ven",
        "zanden", "beukema", "steen", "klein", "hoekman", "ploeg", "akker", "vermaat", "vissers", "heijden", "elzinga", "ruiter",
        "wijngaarden", "wever", "doorn", "staal", "huizinga", "rutten", "kempen", "nijhuis", "boersma", "jonker", "bouwman",
        "brands", "hendriksen", "bremer", "dekkers", "donk", "feenstra", "gorter", "haverkamp", "hilhorst", "holwerda",
        "jaspers", "kalsbeek", "kleinjan", "lubbers", "mooij", "nieuwenhuis", "oosting", "pronk", "rietveld", "schaap",
        "slot", "spijker", "terpstra", "tuinstra", "valk", "velde", "verkerk", "westra", "wielinga", "zuidema", "everts",
        "amrani", "idrissi", "haddou", "bouzid", "mansouri", "khattabi", "ouali", "yilmaz", "kaya", "demir", "şahin", "sahin",
        "çelik", "celik", "yıldız", "yildiz", "aydın", "aydin", "öztürk", "ozturk", "arslan", "doğan", "dogan", "kılıç", "kilic",
        "koç", "koc", "kurt", "özdemir", "ozdemir", "ramdin", "ramautar", "sewnath", "jagroep", "soekhoe", "pinas", "kromo",
        "sastro", "wongsodikromo", "nowak", "kowalski", "wiśniewski", "wisniewski", "kowalczyk", "shevchenko", "kovalenko",
        // English
        "smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez", "martinez", "hernandez",
        "lopez", "wilson", "anderson", "thomas", "taylor", "moore", "jackson", "martin", "lee", "thompson", "white", "harris",
        "sanchez", "clark", "ramirez", "lewis", "robinson", "walker", "young", "allen", "king", "wright", "scott", "torres",
        "nguyen", "hill", "flores", "green", "adams", "nelson", "baker", "hall", "rivera", "campbell", "mitchell", "carter",
        "roberts", "evans", "turner", "phillips", "parker", "edwards", "collins", "stewart", "morris", "murphy", "cook",
        "rogers", "morgan", "cooper", "peterson", "reed", "bailey", "bell", "kelly", "howard", "ward", "cox", "richardson",
        "wood", "watson", "brooks", "bennett", "gray", "grey", "james", "hughes", "price", "sanders", "myers", "long", "ross",
        "foster", "davies", "owen", "owens", "griffiths", "morgan", "jenkins", "lloyd", "powell", "price", "hughes",
        "patel", "shah", "khan", "singh", "kaur", "begum", "ahmed", "hussain", "ali", "chen", "wang", "li", "zhang", "liu",
        "o'brien", "obrien", "o'connor", "oconnor", "o'neill", "oneill", "byrne", "ryan", "doyle", "kennedy", "walsh", "kavanagh",
        "macdonald", "mcdonald", "campbell", "stewart", "robertson", "thomson", "fraser", "mackenzie", "mclean", "reid", "ferguson",
        "fletcher", "chapman", "harrison", "holmes", "marshall", "palmer", "simpson", "webb", "ellis", "knight", "mason", "hunt",
        "wallace", "gibson", "spencer", "lawson", "wells", "barker", "perkins", "atkinson", "dawson", "sutton", "hartley",
        // Chinese and Cantonese family names, as written in English
        "yang", "huang", "zhao", "zhou", "xu", "zhu", "guo", "lin", "luo", "zheng", "liang", "xie", "feng", "deng",
        "cao", "peng", "zeng", "xiao", "jiang", "cheng", "wei", "yao", "shen", "meng", "lam", "wong", "chan", "ng",
        "chow", "cheung", "leung", "tsang", "kwok",
        // More Dutch surnames, and Turkish, Moroccan and Surinamese ones
        "post", "loon", "willemsen", "dongen", "velden", "driessen", "meulen", "wolters", "kuijpers", "leeuw",
        "yılmaz", "el-amrani", "benali", "tahiri", "alaoui", "chaoui", "bennani", "hamdi", "achahbar", "boukhari",
        "el-idrissi", "ramlal", "bissumbhar", "doekhie", "kromodimedjo",
        // Indian surnames
        "sharma", "gupta", "kumar", "reddy", "rao", "iyer", "nair", "mehta", "joshi", "verma", "mishra", "agarwal",
        "bose", "chatterjee", "banerjee", "mukherjee", "pillai", "menon", "desai", "kapoor", "malhotra", "chopra",
        "bhatia", "srinivasan", "krishnan",
        "ouariachi", "bouzidi", "azzouzi", "el-ouali",
        // Ukrainian, Russian, Eritrean, Syrian, Afghan, Polish, Romanian and Bulgarian surnames
        "ahmadi", "al-ahmad", "al-ali", "al-hassan", "al-hussein", "al-mohammad", "alahmad", "alali", "alhassan",
        "alhussein", "alkhalil", "almohammad", "alsayed", "azizi", "berhane", "boiko", "bondarenko", "boyko",
        "brzeczyszczykiewicz", "constantinescu", "dabrowski", "darwish", "dimitrov", "dimitrova", "dumitru",
        "dąbrowski", "gebremedhin", "georgescu", "georgiev", "georgieva", "ghebremeskel", "grabowski", "haddad",
        "haile", "hakimi", "halabi", "hamdan", "hosseini", "hrytsenko", "hussein", "ibrahim", "ionescu", "ivanenko",
        "ivanov", "ivanova", "jaber", "jablonski", "jabłoński", "jankowski", "kaminski", "kamiński", "karimi", "khalil",
        "kidane", "kovalchuk", "kowalska", "kozlowski", "kozłowski", "kravchenko", "krawczyk", "krol", "król",
        "kuzmenko", "kuznetsov", "kwiatkowski", "lewandowski", "lysenko", "mansour", "marchenko", "mazur", "mehari",
        "melnik", "melnyk", "michalski", "mohammadi", "moroz", "munteanu", "nasser", "nazari", "noori", "nowakowski",
        "oliinyk", "othman", "pavlenko", "pawlowski", "pawłowski", "petrenko", "petrov", "petrova", "piotrowski",
        "polishchuk", "pop", "popa", "popal", "popescu", "popov", "qasim", "radu", "rahimi", "rezaei", "rudenko",
        "sabbagh", "safi", "saleh", "savchenko", "shami", "smirnov", "sokolov", "stan", "stanikzai", "stoica",
        "suleiman", "sultani", "sydorenko", "szymanski", "szymański", "tekle", "tesfamariam", "tesfay", "tkachenko",
        "tkachuk", "todorov", "wardak", "wieczorek", "wojcik", "wozniak", "woźniak", "wrobel", "wróbel", "wójcik",
        "yohannes", "yousef", "zajac", "zając", "zielinski", "zieliński",
        // Pakistani and Bangladeshi surnames common in Britain
        "akhtar", "iqbal", "malik", "qureshi", "chaudhry", "choudhury", "rahman", "uddin", "miah",
        // Nigerian and Ghanaian surnames, and more Surinamese ones
        "okafor", "adeyemi", "okonkwo", "mensah", "owusu", "asante", "boateng", "osei", "okoro", "eze", "nwosu", "obi", "okeke",
        "balogun", "afolabi", "okonjo", "ogunleye", "adewale", "ekwueme", "appiah", "danso", "amoah", "oduya", "oyelaran",
        "agyeman", "acheampong", "badu", "ofori", "bonsu", "darko", "quaye", "adjei", "nwachukwu", "obiora", "olawale",
        "jagessar", "jagesar", "mahabier", "baldew", "soerdjbalie", "chotkan", "kalloe", "ramsaran", "bhagwandin", "sedney", "kishna", "doran",
        // More Dutch surnames
        "aalbers", "aarts", "achterberg", "adriaanse", "alberts", "appelman", "bakkers", "beekman", "beenhakker", "bekker",
        "bergsma", "beumer", "bijlsma", "blokland", "boekhout", "bogaerts", "bolhuis", "boogaard", "bosma", "bouma",
        "bouwmeester", "brinkman", "broekhuizen", "brugman", "buijs", "claassen", "coenen", "cornelissen", "damen",
        "dijkhuizen", "dirksen", "doornbos", "drost", "eijk", "elshof", "faber", "flipse", "franken", "gerrits",
        "groenewegen", "groeneveld", "hagen", "hamers", "heemskerk", "hendrix", "heijnen", "hermsen", "hofstra",
        "hollander", "hoogeveen", "hoogendijk", "houtman", "huijbregts", "hulshof", "jacobsen", "janssens", "jonkman",
        "kamps", "kerkhof", "kersten", "klaassen", "klomp", "koopman", "koops", "kooistra", "koolhaas", "kooij", "kuijper",
        "kuyper", "lammers", "leenders", "lemmens", "lindeboom", "maassen", "meijers", "meulenbroek", "moerman", "mooren",
        "mulders", "nijboer", "nijenhuis", "nijland", "noordhuis", "oostendorp", "oosterveld", "otten", "pauwels",
        "pieters", "pijnenburg", "poels", "prinsen", "reijnders", "reinders", "renkema", "rijken", "roelofs", "romijn",
        "ruijs", "scholte", "schoonderwoerd", "schreurs", "schuurman", "sijbesma", "sinke", "slagter", "sluiter",
        "smulders", "snijders", "stegeman", "stevens", "stoffels", "swart", "teunissen", "thijssen", "tijssen", "ubbink",
        "veldhuis", "veldhuizen", "verboom", "verbruggen", "verheij", "verheul", "verhoef", "verlaan", "vermeij",
        "verschoor", "verstappen", "versteeg", "vinke", "vlaar", "vreeken", "wagenaar", "walraven", "wessels", "westerhof",
        "wiegman", "wijnands", "wijers", "wijnberg", "willemse", "wisse", "witteveen", "zandbergen", "zeeman",
        "zuiderveld", "zwanenburg", "langeveld", "groenendijk", "blok", "boon", "brand", "haak", "kool", "koek", "plas",
        "pool", "spaan", "stok", "tak", "vogel", "vonk", "zwaan", "loos", "baas", "timmer", "meester", "schilder",
        "minnaar", "vrolijk", "hulst", "buis", "bok", "balk", "kroes",
        // More British and Irish surnames, among them the commonest in Scotland, Wales and Ireland
        "clarke", "shaw", "matthews", "dixon", "saunders", "pearson", "reynolds", "andrews", "rees", "payne", "pearce",
        "henderson", "hayes", "newman", "lambert", "armstrong", "watts", "hopkins", "nicholson", "lowe", "watkins", "bates",
        "webster", "parsons", "fuller", "reeves", "hutchinson", "cunningham", "johnston", "stevenson", "pritchard", "thornton",
        "rowe", "parry", "lynch", "dunn", "barrett", "curtis", "rowland", "vaughan", "quinn", "nash", "morton", "mann",
        "burke", "mcgrath", "mckenzie", "crawford", "norris", "farrell", "stephens", "barlow", "hobbs", "pugh", "gallagher",
        "sullivan", "o'sullivan", "osullivan", "brennan", "fitzgerald", "higgins", "molloy", "hogan", "keane", "mclaughlin",
        "moran", "daly", "regan", "flynn", "maguire", "mckenna", "devlin", "donnelly", "sweeney", "doherty", "docherty",
        "boyle", "mccarthy", "mcintyre", "mcintosh", "mcmillan", "macleod", "mcleod", "mackay", "sinclair", "munro", "kerr",
        "paterson", "patterson", "morrison", "wilkinson", "hutchison", "whitehead", "charlton", "hodgson", "steele",
        "cartwright", "holt", "kirby", "goodwin", "hammond", "connolly", "dunne", "reilly", "o'reilly", "oreilly", "mcguire",
        "cullen", "whelan", "carroll", "duffy", "hennessy", "brady", "kearney", "mulligan", "fagan", "rafferty", "mcbride",
        "gorman", "mccann", "mcgee", "mcgowan", "mckay", "mcneill", "mcpherson", "mckinnon", "mcfarlane", "macfarlane",
        "buchanan", "baird", "aitken", "ritchie", "wilkie", "drummond", "forbes", "gillespie", "mathieson", "boyd", "rennie",
        "cairns", "dickson", "sheppard", "shepherd", "walters", "whittaker", "yates", "bowen", "coleman", "emery", "foley",
        "goddard", "harding", "hewitt", "howell", "hurst", "jennings", "knowles", "moody", "nixon", "pratt", "rhodes",
        "robson", "rowlands", "sanderson", "sims", "stokes", "talbot", "wheeler", "wiggins", "wolfe", "abbott", "appleby",
        "ashworth", "atherton", "bentley", "blake", "briggs", "brookes", "buckley", "burgess", "cochrane", "conway", "daniels",
        "dobson", "dowling", "downes", "fielding", "fleming", "forster", "fowler", "garner", "gough", "hancock", "hanson",
        "harrington", "hawkins", "haynes", "hayward", "hicks", "hinds", "hodges", "hogg", "horton", "howe", "hubbard",
        "humphreys", "jeffries", "leach", "lees", "lyons", "mccoy", "mellor", "metcalfe", "milner", "morley", "naylor",
        "nicholls", "osborne", "parkinson", "parkes", "pollard", "pryce", "ramsey", "rawlings", "redmond", "richards",
        "rowley", "sampson", "sexton", "sheridan", "simmons", "stephenson", "swann", "sykes", "thorpe",
        "tomlinson", "townsend", "tranter", "turnbull", "vickers", "wainwright", "warner", "whitaker", "wilcox", "wilkins",
        "woodward", "woolley", "yeomans", "o'donnell", "odonnell", "o'connell", "oconnell", "o'leary", "oleary", "o'callaghan",
        "ocallaghan", "o'mahony", "omahony", "o'neil", "mcdermott", "mcnamara", "mcevoy", "mcmahon", "mcdonagh", "mcauley",
        "mcallister", "mcconnell", "mccormack", "mccullough", "mcdowell", "mcelroy", "mcfadden", "mckeown", "mckinney",
        "mcloughlin", "mcmanus", "mcnally", "mcshane", "mccabe", "mccaffrey", "mcgovern", "mcateer", "quigley",
        "okonkwo-bennett", "rees-jones", "prosser", "probert", "bevan", "griffin", "jenkinson", "lloyd-jones",
        // More Dutch surnames, and Surinamese ones
        "rooij", "brouwers", "gils", "tielemans", "mathijssen", "rooijakkers", "verstegen", "huijsmans", "kusters", "hoeks",
        "hazenberg", "zwinkels", "nijssen", "geurts", "gijsbers", "bruinsma", "bouman", "buitenhuis", "dijkhuis", "eijkelboom",
        "fransen", "geerlings", "hamstra", "heijmans", "kamphuis", "koenen", "kooiman", "kroeze", "linssen", "luijten",
        "manders", "marsman", "meeuwissen", "nieuwenhuizen", "nooij", "oosterhout", "overbeek", "quist", "raaijmakers",
        "reijnen", "rutgers", "scheffer", "schoenmakers", "sijtsma", "simons", "sluijter", "steenbergen", "strijbos",
        "teeuwen", "verweij", "vreugdenhil", "wagemakers", "weijers", "wijnhoven", "wolff", "zandstra", "kasteren",
        "bekkers", "berends", "bergman", "beukers", "blaauw", "blankers", "bouwens", "derks", "dijkema", "franssen", "gielen",
        "goedhart", "gorissen", "hartog", "hekman", "hendrikx", "hesselink", "houben", "huijbers", "jeurissen", "keijzer",
        "kerkhoven", "kievit", "kleijn", "koeman", "kruijt", "kuijt", "lambregts", "lansink", "lenssen", "looman", "maes",
        "nelissen", "niemeijer", "nijkamp", "noordam", "oomen", "oostveen", "oudshoorn", "pennings", "rietberg", "rijpma",
        "rozendaal", "rosendaal", "ruijter", "schreuder", "smeenk", "spruijt", "steenhuis", "stolk", "swinkels", "teunis",
        "verdonk", "verhage", "verheijen", "verwey", "wassink", "westerveld", "wilms", "wouda", "zuidam", "ramsaransing",
        "ramsaransingh",
        // Cornish: `Tre`, `Pol` and `Pen` open most of them
        "penhaligon", "trelawny", "trelawney", "tremayne", "pengelly", "polglase", "trevithick", "pascoe", "trewin", "angove",
        "chenoweth", "hocking", "curnow", "treloar", "tregenza", "nancarrow", "trengove", "tresidder", "penberthy", "polkinghorne",
        "trebilcock", "tregear", "trethewey", "penhale", "pendarves", "treweek", "jewell", "rickard", "opie", "trezise",
        "tonkin", "trudgeon", "carveth", "kitto", "trounson", "vosper", "bolitho", "rosevear", "hosking",
    ] + surnamesThatAreWordsOrPlaces

    /// British surnames that are also words, often capitalised in the names of things
    /// (`Disabled Facilities Grant`), or places (`Hamilton`): listed as surnames, they count
    /// only beside another name or after a cue (``placesAndMonths``).
    private static let surnamesThatAreWordsOrPlaces: [String] = [
        "mills", "butler", "barnes", "fisher", "hart", "stone", "cole", "fox", "moss", "burns", "porter", "kemp", "sharp",
        "sharpe", "bird", "barber", "chambers", "lamb", "woods", "frost", "slater", "booth", "tucker", "bishop", "ball",
        "noble", "swift", "summers", "winter", "banks", "birch", "bull", "cotton", "farmer", "finch", "ford", "gale", "gates",
        "glover", "hale", "hardy", "heath", "marsh", "potter", "salmon", "savage", "sparks", "waters", "weaver", "wren",
        "archer", "chandler", "skinner", "mercer", "dyer", "baxter", "carr", "grant", "berry", "hamilton", "burton", "holland",
        "bolton", "ashton", "walton", "weston", "stanton", "dalton", "kirkland", "galloway", "middleton", "newton", "norton",
        "upton", "lincoln", "hyde",
    ]

    /// First names and surnames that are also common Dutch or English words or months; they
    /// count as names only beside another name, inside a sentence, or after a cue.
    static let ambiguous: [String] = [
        "will", "may", "june", "april", "rose", "grace", "hope", "joy", "faith", "bill", "pat", "art", "robin", "dawn", "zak", "jay",
        "holly", "ivy", "ruby", "lily", "jade", "miles", "dean", "guy", "drew", "glen", "dale", "eve", "sky", "summer", "mark",
        "frank", "jack", "max", "wil", "jan", "ben", "bas", "roos", "lot", "job", "bob", "iris", "jet", "ans", "ton", "floor",
        "noor", "kim", "ruth", "ali", "said", "ana", "amber", "hunt", "long", "reed", "bell", "wood", "price", "young",
        "king", "white", "green", "brown", "gray", "grey", "hill", "hall", "cook", "baker", "ward", "mason", "knight", "wells",
        "bakker", "visser", "smit", "boer", "groot", "bos", "vos", "dekker", "wit", "kok", "koster", "prins", "beek", "maas",
        "wal", "dam", "laan", "boom", "zwart", "kroon", "haas", "horst", "kamp", "groen", "stam", "bruin", "kort", "lange",
        "pol", "wolf", "meer", "ven", "steen", "klein", "ploeg", "slot", "valk", "schaap", "mol", "vink", "staal", "keizer",
        "koning", "jong", "berg", "dijk", "veen", "hoek", "kurt", "lee", "li", "long", "scott", "martin", "thomas", "james",
        "roy", "sky", "doorn", "vrij", "wever", "spijker", "jonker",
        "sandy", "herb", "ken", "kit", "rob", "cliff", "ray", "norm", "nat", "sal", "sue", "sherry", "dot",
        "dolly", "flora", "ally", "paddy", "warren", "roger", "chad", "kent", "preston", "kelvin", "marshall", "rex",
        "randy", "wade", "basil", "hazel", "kitty", "jo", "una", "kay", "ned", "gill", "dan", "val",
        "patty", "candy", "lance", "kat", "nick", "rod", "reg",
        "riek", "toon", "mats", "ties", "bink", "ernst", "taco", "post", "loon", "leeuw", "velden", "dongen",
        "lama", "nada", "rama", "maya", "pop", "ruta",
        "precious", "blessing", "favour", "gift", "patience", "prosper",
        // Names that are also Dutch or English words (`koos`, chose; `dien`, serve; `brand`, fire)
        "koos", "dien", "bets", "tine", "tiny", "joke", "greet", "trees", "hal", "trudie", "truida", "blok", "boon", "brand", "haak", "kool",
        "koek", "plas", "pool", "spaan", "stok", "tak", "vogel", "vonk", "zwaan", "loos", "baas", "timmer", "meester",
        "schilder", "minnaar", "vrolijk", "hulst", "buis", "bok", "balk", "kroes",
        "aria", "aurora", "bonnie", "daisy", "feline", "harper", "hunter", "luna", "violet", "willow", "rowan", "carola",
        // Turkish first names that are words (`can`, `tuba`)
        "can", "sultan", "tuba", "nur",
    ]

    /// Ambiguous names that are also months, places, firms, adjectives or words that name things
    /// (`May`, `Florence`, `Sky`, `Christian`, `Grant`): they count as names only beside another
    /// name or after a cue, even inside a sentence, where the other ambiguous names count alone.
    static let placesAndMonths: [String] = [
        "may", "june", "april", "florence", "milan", "austin", "madison", "georgia", "virginia", "chelsea",
        "kent", "preston", "christian", "sky", "chad",
        "saba", "amer", "eden", "roman", "chester",
    ] + surnamesThatAreWordsOrPlaces

    private static let firstNameTable = WordHashTable(words: withCapitalInitials(firstNames))
    private static let surnameTable = WordHashTable(words: withCapitalInitials(surnames))

    /// The words, and those that open with a letter outside ASCII once more with that letter
    /// as a capital (`öztürk` and `Öztürk`, `çelik` and `Çelik`): words are looked up with ASCII
    /// letters lower-cased only, so a name written with its capital must be listed so too.
    static func withCapitalInitials(_ words: [String]) -> [String] {
        words + words.compactMap { word in
            guard let first = word.unicodeScalars.first, !first.isASCII else { return nil }
            let capital = String(word.prefix(1)).uppercased()
            return capital == String(word.prefix(1)) ? nil : capital + word.dropFirst()
        }
    }
    private static let ambiguousTable = WordHashTable(words: ambiguous)
    private static let placesAndMonthsTable = WordHashTable(words: placesAndMonths)

    private static let particleTable = WordHashTable(words: ["van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "el", "al", "da", "di", "le", "la", "von", "du", "del", "bin", "ap", "ab", "vd"])

    static func isFirstName(_ hash: UInt64) -> Bool { firstNameTable.contains(hash) }
    /// Whether the word is a name particle (`van`, `de`, `el`), as ``PersonNameDetector/particles`` lists them.
    static func isParticle(_ hash: UInt64) -> Bool { particleTable.contains(hash) }
    static func isSurname(_ hash: UInt64) -> Bool { surnameTable.contains(hash) }
    static func isAmbiguous(_ hash: UInt64) -> Bool { ambiguousTable.contains(hash) || placesAndMonthsTable.contains(hash) }
    static func isPlaceOrMonth(_ hash: UInt64) -> Bool { placesAndMonthsTable.contains(hash) }

    /// Hashes of the words of a canonical name (`jan van der berg`), particles and initials
    /// left out: the words that identify the person.
    ///
    /// - Parameters:
    ///   - canonicalName: the name as ``PIICandidate/canonicalValue`` holds it.
    ///   - includingDoubleNameParts: whether the parts of a double surname identify the person
    ///     too (`hoekstra` of `wilma hoekstra-brouwer`); a double first name's (`jan-willem de
    ///     vries`) do not, as `Willem` is as likely someone else.
    static func identifyingWordHashes(_ canonicalName: String, includingDoubleNameParts: Bool = false) -> [UInt64] {
        var hashes: [UInt64] = []
        let words = canonicalName.utf8.split(separator: 0x20)
        for (position, word) in words.enumerated() where word.count >= 2 && word.last != UInt8(ascii: ".") {
            let bytes = Array(word)
            guard !PersonNameDetector.particles.contains(bytes) else { continue }
            hashes.append(StableHash.fnv1a64(bytes))
            guard includingDoubleNameParts, position > 0 || words.count == 1, bytes.contains(UInt8(ascii: "-")) else { continue }
            for part in bytes.split(separator: UInt8(ascii: "-")) where part.count >= 4 { hashes.append(StableHash.fnv1a64(part)) }
        }
        return hashes
    }

    /// Whether lower-case `word` is a listed name that is not also a common word, so that it
    /// may be taken for a name even when speech-to-text wrote it in lower case.
    static func contains(_ lowercasedWord: [UInt8]) -> Bool {
        contains(hash: StableHash.fnv1a64(lowercasedWord))
    }

    /// ``contains(_:)`` for a word by the hash of its lower-cased bytes
    /// (``WordTokenizer/foldedHash(_:_:)``).
    static func contains(hash: UInt64) -> Bool {
        (firstNameTable.contains(hash) || surnameTable.contains(hash)) && !isAmbiguous(hash)
    }
}
