import Foundation
import GalleyTestSupport
import Testing

@testable import GalleyKit

/// Each sample PDF through the whole pipeline, checked for the facts issue 3 asks of it (not a
/// golden: those are separate): the order of key blocks (Samples/pdf/EXPECTED.md), paragraphs
/// joined across a column break, heading levels, what was removed and why, links and anchors,
/// duplicated pages.
@Suite struct PDFSamplesTests {
    /// What one sample must show.
    struct Sample: Sendable, CustomTestStringConvertible {
        var name: String
        /// Phrases in reading order: each found after the one before, in headings and blocks.
        var order: [String]
        /// Phrases that must lie inside one block (a paragraph carried across a column break).
        var oneBlock: [String] = []
        /// Headings with their levels, in order (others may come between).
        var headings: [(String, Int)] = []
        var title: String?
        /// Removed text by kind.
        var removed: [(Removal.Kind, String)] = []
        /// Links that must be collected: value and anchor text.
        var links: [(String, String?)] = []
        /// Phrases that must appear nowhere in the output text.
        var absent: [String] = []
        /// For each page (1-based) that repeats another, the page it repeats.
        var duplicates: [Int: Int] = [:]

        var testDescription: String { name }
    }

    static let samples: [Sample] = [
        Sample(
            name: "pdf-two-columns.pdf",
            order: [
                "Riverside Parish News", "The newsletter of St Aidan's", "From the Vicar", "As the evenings grow lighter",
                "Flower Guild", "Bells and Ringers", "We hope to ring a quarter peal", "Churchyard Working Party",
                "The working party meets",
            ],
            oneBlock: ["Our band of ringers has grown", "We hope to ring a quarter peal for the coronation anniversary"],
            headings: [("From the Vicar", 2), ("Flower Guild", 2), ("Bells and Ringers", 2), ("Churchyard Working Party", 2)],
            title: "Riverside Parish News"),
        Sample(
            name: "pdf-three-columns.pdf",
            order: [
                "Hillcrest Primary School", "Head Teacher's Welcome", "Sports Day", "Reading Volunteers",
                "a love of stories. All volunteers", "Lunch Menus", "Lost Property", "Dates for Your Diary",
                "with a dog show, cake stall and tombola", "The term ends",
            ],
            oneBlock: ["We are looking for volunteers", "Class photographs on Tuesday", "The term ends on Friday"],
            headings: [("Head Teacher's Welcome", 2), ("Lost Property", 2), ("Dates for Your Diary", 2)],
            title: "Hillcrest Primary School"),
        Sample(
            name: "pdf-tex-narrow-gutter.pdf",
            order: [
                "Towpath Repairs", "The trust’s volunteers walked", "Work Parties", "Boat Trips",
                "The trip boat runs every Sunday", "Private charters for birthdays", "Annual Meeting",
                "Lock Keepers", "Keepers wear the trust’s green tabards",
            ],
            oneBlock: ["The trip boat runs every Sunday afternoon from Easter to the end of September"],
            headings: [("Work Parties", 2), ("Boat Trips", 2), ("Annual Meeting", 2), ("Lock Keepers", 2)],
            absent: ["Easter radio", "spring passengers"]),
        Sample(
            name: "pdf-luatex-narrow-gutter.pdf",
            order: [
                "Towpath Repairs", "The trust’s volunteers walked", "Work Parties", "Boat Trips",
                "The trip boat runs every Sunday", "Private charters for birthdays", "Annual Meeting",
                "Lock Keepers", "Keepers wear the trust’s green tabards",
            ],
            oneBlock: ["The trip boat runs every Sunday afternoon from Easter to the end of September"],
            headings: [("Work Parties", 2), ("Boat Trips", 2), ("Annual Meeting", 2), ("Lock Keepers", 2)],
            absent: ["Easter radio", "spring passengers"]),
        Sample(
            name: "pdf-sidebar-contacts.pdf",
            order: [
                "Northgate Carers' Network", "A Word from Our Chair", "Looking After Yourself", "Young Carers",
                "brother or sister. Our young carers' club", "Money Matters", "Many carers are missing out",
                "Useful Contacts", "Carers' helpline", "0300 123 4567", "help@northgatecarers.org.uk",
                "www.northgatecarers.org.uk", "Young carers' club", "01632 960 712", "If you are worried",
            ],
            oneBlock: ["Around one child in every classroom", "Our young carers' club meets"],
            headings: [("A Word from Our Chair", 2), ("Money Matters", 2), ("Useful Contacts", 3)],
            links: [("help@northgatecarers.org.uk", nil), ("0300 123 4567", nil)]),
        Sample(
            name: "pdf-numbered-grid.pdf",
            order: [
                "Eight Steps to a Safer Home", "01 Background", "House fires still injure", "02 Smoke Alarms",
                "Fit an alarm", "03 Escape Plan", "Agree a way out", "04 Kitchen Safety", "Never leave pans",
                "05 Electrical Safety", "Do not overload", "06 Candles and Heaters", "Keep candles",
                "07 Bedtime Checks", "Close inside doors", "08 Further Help", "Book a free home safety visit",
            ],
            headings: [("01 Background", 3), ("08 Further Help", 3)]),
        Sample(
            name: "pdf-banner-contents.pdf",
            order: [
                "St Aidan's Parish Magazine", "Easter 2024", "In This Issue", "From the Vicar ....", "Flower Guild ....",
                "Bells and Ringers ....", "Churchyard Working Party ....", "Lent Lunches ....", "Parish Giving ....",
                "Services in Holy Week ....", "Children's Corner ....", "Baptisms and Funerals ....", "Who's Who ....",
                "From the Vicar", "As the evenings", "Flower Guild", "Bells and Ringers", "Churchyard Working Party",
                "Tools, gloves and tea are provided, and there are jobs", "Lent Lunches", "Simple soup lunches",
            ],
            oneBlock: ["The working party meets", "Tools, gloves and tea are provided, and there are jobs for every level"],
            headings: [("In This Issue", 2), ("From the Vicar", 2), ("Lent Lunches", 2)],
            title: "St Aidan's Parish Magazine",
            // The two halves of the contents list are never run together.
            absent: ["4Parish", "4 Parish Giving"]),
        Sample(
            name: "pdf-repeated-page.pdf",
            order: [
                "Members' newsletter | Page 1", "A Word from Our Chair", "Looking After Yourself", "Young Carers",
                "Members' newsletter | Page 2", "Money Matters", "Training for Carers", "Volunteer With Us",
            ],
            removed: [(.duplicate, "A Word from Our Chair"), (.duplicate, "Members' newsletter | Page 1")],
            duplicates: [3: 1]),
        Sample(
            name: "pdf-hyphenation.pdf",
            order: [
                "Eastbrook Community Matters", "Supporting Young People", "who self-harm", "about self-harm",
                "well-being", "Community Garden", "behind the library has doubled", "twenty-one", "composting",
                "Keeping Safe Online", "about self-image and self-esteem", "Our co-ordinator",
                "the community safety officer",
            ],
            oneBlock: ["The community garden behind the library", "A free workshop for parents", "about self-image"],
            absent: ["com-munity", "com- munity", "compost-ing", "self- harm", "selfharm", "coordinator"]),
        Sample(
            name: "pdf-long-urls.pdf",
            order: [
                "Westfield Residents' Bulletin", "Consultation on the Town Plan", "Bus Timetable Changes", "Useful Links",
                "Draft town plan: https://www.westfield-example-council.gov.uk/planning/local-plan/draft-town-plan-2024-consultation.pdf",
                "Comment online: https://consult.westfield-example-council.gov.uk/planning-policy/town-plan-2024/respond",
                "Bus timetables: https://www.example-buses.co.uk/timetables/westfield-town-services/route-12-weekday.pdf",
                "Volunteer enquiries: neighbourhood-volunteering@westfield-example-council.gov.uk",
            ],
            links: [
                ("https://www.westfield-example-council.gov.uk/planning/local-plan/draft-town-plan-2024-consultation.pdf", nil),
                ("https://consult.westfield-example-council.gov.uk/planning-policy/town-plan-2024/respond", nil),
                ("https://www.example-buses.co.uk/timetables/westfield-town-services/route-12-weekday.pdf", nil),
                ("neighbourhood-volunteering@westfield-example-council.gov.uk", nil),
            ]),
        Sample(
            name: "pdf-running-header.pdf",
            order: [
                "From the Vicar", "Flower Guild", "Bells and Ringers", "Churchyard Working Party", "Lent Lunches",
                "Parish Giving", "Head Teacher's Welcome", "Sports Day", "Reading Volunteers", "Lunch Menus",
                "Lost Property", "Dates for Your Diary", "A Word from Our Chair", "Looking After Yourself",
                "Young Carers", "Money Matters", "Training for Carers", "we can often pay for replacement care",
                "Volunteer With Us",
            ],
            oneBlock: ["Our band of ringers has grown to fourteen this year, including four teenagers"],
            removed: (1...4).flatMap { page in
                [(Removal.Kind.header, "Parish Newsletter — Spring 2024"), (.pageNumber, "Page \(page)")]
            },
            absent: ["Parish Newsletter", "Page 2", "Page 3"]),
        Sample(
            name: "pdf-click-here.pdf",
            order: [
                "Harbour Lights Food Bank", "Our Winter Appeal", "Every winter more families",
                "to donate to the winter appeal today.",
            ],
            removed: [(.navigation, "CLICK HERE")],
            links: [("https://www.harbourlights-example.org.uk/donate", "CLICK HERE")],
            absent: ["CLICK HERE"]),
        Sample(
            name: "pdf-rotated-caption.pdf",
            order: [
                "Greenway Litter Pickers", "Spring River Clean", "Forty-two volunteers turned out", "Join Us",
                "We meet on the first Sunday",
            ],
            removed: [(.imageText, "Volunteers at the spring river clean"), (.imageText, "Photo: Greenway Litter Pickers")],
            absent: ["Volunteers at the spring river clean", "Photo: Greenway"]),
        Sample(
            name: "pdf-photo-caption.pdf",
            order: [
                "Millbrook Allotment Society", "Open Garden Day", "More than two hundred visitors",
                "Members show visitors the new herb border planted beside the pond this spring.", "Thank you to everybody",
                "Young Growers", "The children's plot has produced",
                "The young growers with their harvest of potatoes, beans and three enormous marrows from the children's plot.",
                "The plot is looked after",
            ],
            headings: [("Open Garden Day", 2), ("Young Growers", 2)],
            title: "Millbrook Allotment Society"),
        Sample(
            name: "pdf-tagged.pdf",
            order: [
                "Hillcrest Primary School", "Summer term newsletter", "Head Teacher's Welcome", "Welcome back",
                "Sports Day", "Reading Volunteers", "Lunch Menus", "Lost Property", "Dates for Your Diary",
                "Class photographs",
            ],
            headings: [
                ("Head Teacher's Welcome", 2), ("Sports Day", 2), ("Reading Volunteers", 2), ("Lunch Menus", 2),
                ("Lost Property", 2), ("Dates for Your Diary", 2),
            ],
            title: "Hillcrest Primary School"),
        Sample(
            name: "pdf-broken-addresses.pdf",
            order: [
                "Stonebridge Allotment Society", "Seed Swap", "Water Butts", "Wellbeing Walks", "New Members",
                "Plot Inspections", "Contact",
            ],
            links: [
                ("www.example-stonebridge-allotments.org.uk/seed-swap/reservations-and-collection-times", nil),
                ("www.example-borough.gov.uk", nil), ("www.example-sunflower-growers.org.uk", nil),
                ("schools.wellbeing@example-stonebridge-allotments.org.uk", nil),
                ("www.example-stonebridge-allotments.org.uk/membership/newtenantsrulesandagreement", nil),
                ("membership.secretary@example-stonebridge-allotments.org.uk", nil),
                ("www.example-stonebridge-allotments.org.uk/inspections/spring-2026-checklist", nil),
                ("www.example-stonebridge-allotments.org.uk", nil), ("01632 960464", nil),
                ("secretary@example-stonebridge-allotments.org.uk", nil),
            ],
            absent: ["www.example-sun-flower", "wellbe-ing", "membersh ip", "www. Example"]),
        Sample(
            name: "pdf-bold-name-list.pdf",
            order: [
                "Larkfield Community Choir", "Thank You, Helpers", "Amara Osei", "Gareth Pryce", "Your Committee",
                "Helen Marsh, Chair", "Kieran Doyle, Librarian", "Rehearsal Times", "Office hours:", "Summer Dates",
                "Saturday 4 July, Village Fete",
            ],
            headings: [("Thank You, Helpers", 2), ("Your Committee", 2), ("Rehearsal Times", 3), ("Summer Dates", 2)],
            title: "Larkfield Community Choir"),
        Sample(
            name: "pdf-table-events.pdf",
            order: [
                "Kestrel Lane Library Friends", "Dates for the Summer", "Date Time Event", "Tue 7 July 10am",
                "Book sale, members' preview", "Author talk: walking the county's canals", "Sat 5 September 11am",
                "Everybody is welcome", "The Reading Garden", "Donations Wanted",
            ],
            oneBlock: ["Date Time Event Tue 7 July 10am Reading challenge launch Fri 17 July"],
            headings: [("Dates for the Summer", 2), ("The Reading Garden", 2), ("Donations Wanted", 2)],
            title: "Kestrel Lane Library Friends"),
        Sample(
            name: "pdf-table-repairs.pdf",
            // A hyphen at a line end and two addresses wrapped inside their cells are repaired there.
            order: [
                "Kestrel Lane Library Friends", "Events and Booking", "Date Event Booking",
                "Story time in the community garden www.example-library.org.uk/events/story-time",
                "Local history walk walks@example-library.org.uk", "Every event starts",
            ],
            links: [("www.example-library.org.uk/events/story-time", nil), ("walks@example-library.org.uk", nil)],
            absent: ["com- munity", "story-time www.", "walks@ "]),
        Sample(
            name: "pdf-contact-panel.pdf",
            order: [
                "Fallowmere Wildlife Group", "Spring Survey", "Contact the Group", "Tel: 0113 496 0785", "Meetings:",
                "Bat Walks", "Hedge Laying",
            ],
            headings: [("Spring Survey", 2), ("Contact the Group", 2), ("Bat Walks", 2), ("Hedge Laying", 2)],
            title: "Fallowmere Wildlife Group"),
        Sample(
            name: "pdf-continued-article.pdf",
            order: [
                "Harbourside News", "Sea Wall Repairs", "The county council has at last confirmed",
                "the contractors expect to finish the work by the end of June", "A drop-in session with the engineers",
                "Beach Clean", "see page 2 of its April issue", "Allotment News", "Dates for Your Diary",
            ],
            oneBlock: ["Work begins on the first Monday of April"],
            removed: [
                (.jumpLine, "Continued on page 2"), (.jumpLine, "Sea Wall Repairs (continued from page 1)"),
                (.pageNumber, "–1–"), (.pageNumber, "–2–"),
            ],
            absent: ["Continued on page 2", "(continued from page 1)"]),
        Sample(
            name: "pdf-contents-pullquote.pdf",
            order: [
                "Harbourside News", "Lifeboat Open Day", "Every volunteer on the crew started as a complete beginner. The",
                "Refreshments will be served", "Choir News", "“May the tide be kind and the harbour lights burn bright”",
                "Hall Hire Charges", "Morning session", "£12", "First crossing", "7.15", "Allotment Prizes",
            ],
            removed: [
                (
                    .contents,
                    "In this issue Lifeboat open day . . . . . . . . . . p.1 Choir news . . . . . . . . . . . . . . p.1 Hall hire charges . . . . . . . . . . p.2 Allotment prizes . . . . . . . . . . p.2"
                ),
                (.pullQuote, "“Every volunteer on the crew started as a complete beginner” — from the coxswain's talk"),
                (.pageNumber, "–1–"), (.pageNumber, "–2–"),
            ],
            absent: ["In this issue", "p.1", "coxswain's talk", "“Every volunteer"]),
        Sample(
            name: "pdf-drop-cap.pdf",
            order: ["Riverside Readers", "A Word from the Chair", "Spring has always been", "Book Swap", "Bring a book"],
            headings: [("A Word from the Chair", 2), ("Book Swap", 2)],
            title: "Riverside Readers"),
        Sample(
            name: "pdf-letter-spaced.pdf",
            order: ["GARDEN NOTES", "The newsletter of Hollins Road", "Water Butts", "J K R Patel"],
            headings: [("GARDEN NOTES", 1), ("Water Butts", 2)],
            title: "GARDEN NOTES", absent: ["G A R D E N"]),
        Sample(
            name: "pdf-ligatures.pdf",
            order: ["Autumn Counts", "Our first autumn count", "the officers of the club", "The flocks of lapwing"],
            absent: ["\u{FB01}", "\u{FB03}"]),
        Sample(
            name: "pdf-dingbat-bullets.pdf",
            order: ["Riding in a Group", "Ride no more than two abreast", "Point out potholes", "Never overlap", "Club Kit"],
            absent: ["\u{261E}"]),
        Sample(
            name: "pdf-footnotes.pdf",
            order: ["Swarm Season", "before leaving the hive. Even so", "A bee carrying a full load"],
            absent: ["hive.1", "hive.\u{00B9}"]),
        Sample(
            name: "pdf-two-up-booklet.pdf",
            // Sheet 1 holds printed pages 4 | 1, sheet 2 holds 2 | 3: read 1 2 3 4.
            order: [
                "Welcome to the Season", "Welcome back to the Millbrook", "Why We Show Old Films", "Every season somebody",
                "Membership and Tickets", "Season membership costs", "From the Projection Box", "Our projectionist thanks",
            ],
            removed: (1...4).flatMap { page in
                [(Removal.Kind.header, "Millbrook Film Society · Autumn 2026"), (.pageNumber, "–\(page)–")]
            },
            absent: ["–1–", "–4–", "Millbrook Film Society · Autumn"]),
        Sample(
            name: "pdf-side-headings.pdf",
            // Each heading, printed in a narrow column to the right, before the text beside it.
            order: [
                "Hall Notes", "Roof Appeal", "After eighteen months", "A New Way to Book", "From the first of July",
                "Warm Space", "The warm space returns",
            ]),
        Sample(
            name: "pdf-float-panel.pdf",
            // The panel interrupts "…damp marks, | because…": the sentence reads whole, the panel
            // after the article, before the next column's article.
            order: [
                "The Summer Book Sale", "Our book sale raises", "Donations can be left", "Sale Dates", "Friday 17 July",
                "Digital Help Sessions",
            ],
            oneBlock: ["anything with damp marks, because they simply do not sell"]),
        Sample(
            name: "pdf-numbered-down-columns.pdf",
            // Numbered 1 2 3 down the left, 4 5 6 down the right: read by number.
            order: [
                "Six Jobs for the Apiary in May", "Add supers early", "Put a second super", "Check for queen cells",
                "Mark your queens", "Watch the weather", "Clean spare kit", "Record everything", "Honey Show Entries",
            ]),
        Sample(
            name: "pdf-soft-hyphens.pdf",
            // Soft hyphens (U+00AD) in the text layer go; words broken at one are closed up.
            order: ["Pruning Day in February", "Thirty-one volunteers turned out", "who patiently explained", "New Trees"],
            absent: ["\u{AD}", "pa\u{2010}", "vo lun teers"]),
        Sample(
            name: "pdf-photo-in-column.pdf",
            // The photo keeps the left column whole across the blank beside the right column's gap.
            order: [
                "From the Chair", "The new observatory dome", "The new dome on the school playing field",
                "We have also been lucky", "None of this happens by itself", "Light Pollution Survey",
                "Beginners' Evenings",
            ]),
        Sample(
            name: "pdf-margin-side-headings.pdf",
            // Bold 9 pt side-headings in the left margin beside 10 pt text: headings, each before its text.
            order: [
                "A Record Year for the Food Bank", "Members of the society", "Water Troughs and Hosepipes",
                "The water company", "Plots to Let", "Three plots are vacant", "Seed Swap and Annual Meeting",
                "The seed swap",
            ],
            headings: [("A Record Year for the Food Bank", 2), ("Seed Swap and Annual Meeting", 2)]),
        Sample(
            name: "pdf-straddle-heading.pdf",
            // Three columns, a heading across them, three columns, numbered boxes 1–6.
            order: [
                "Spring Clean", "Forty bags of rubbish", "far less likely to be stolen", "News from Around the Lane",
                "The Green", "The new benches", "Six Ways to Cut Your Bills", "Draught-proof the doors",
                "Turn the boiler down", "Curtains at dusk", "Bleed the radiators", "Check your tariff", "Ask for a survey",
            ],
            oneBlock: ["marked tools are far less likely to be stolen"]),
        Sample(
            name: "pdf-stretched-heading.pdf",
            // A justified heading's first line stretched to the column's width reads whole.
            order: ["Parking Scheme Consultation", "The borough has finally", "Flood Wardens Needed", "After last winter's"],
            headings: [("Parking Scheme Consultation", 2), ("Flood Wardens Needed", 2)]),
        Sample(
            name: "pdf-footnote-past-photo.pdf",
            // The note cited in the first paragraph goes past the caption to the article's end.
            order: [
                "From the Chair", "The new observatory dome", "The new dome on the school playing field",
                "We have also been lucky", "None of this happens by itself", "The reflector is the twelve-inch telescope",
                "Beginners' Evenings",
            ]),
        Sample(
            name: "pdf-tight-running-heads.pdf",
            // Heads set right on the text, naming the masthead on pages 2 and 3; page 1's differs.
            order: ["Rookery Lane News", "Bus Shelter Repaired", "Street Party Planning", "Hedge Cutting", "Speed Watch", "Library Van"],
            removed: [
                (.header, "Delivered free to every household"), (.header, "Rookery Lane News · June 2026"),
                (.header, "Rookery Lane Residents' Association · Rookery Lane News"),
            ]),
        Sample(
            name: "pdf-heading-at-page-foot.pdf",
            // "How to Join In" ends in a function word near page 1's foot; page 2 opens with another heading.
            order: ["Water Troughs", "How to Join In", "Work parties meet", "Parking Permits", "New parking permits"],
            headings: [("How to Join In", 2), ("Parking Permits", 2)]),
        Sample(
            name: "pdf-heading-wrapped-at-comma.pdf",
            // A side-heading wrapped after its comma: "Thank You," over "Dennis".
            order: ["Winter Lunches", "Bookings", "Thank You, Dennis", "After thirty-one years"],
            headings: [("Thank You, Dennis", 2)]),
        Sample(
            name: "pdf-unicode-hyphen.pdf",
            // Line ends in U+2010 HYPHEN (WeasyPrint's hyphens: auto) are closed up; the compound keeps one.
            order: ["The Reading Room", "Library Hours", "three hundred more titles", "now on microfilm",
                    "Talks This Winter", "collection of photographs", "session on self-harm and"],
            absent: ["hun\u{2010}", "mi\u{2010}", "photo\u{2010}", "self\u{2010} harm"]),
        Sample(
            name: "pdf-stretched-before-address.pdf",
            // Lines stretched before and between an address's pieces are lines of their paragraph.
            order: ["Contact the Club", "Book the capsize drill at", "or write to", "at weekends", "The second paragraph"],
            oneBlock: ["Book the capsize drill at www.example-westmere-harbour-rowing.org.uk/capsize-drill-bookings or write to"]),
        Sample(
            name: "pdf-raised-reference.pdf",
            // A raised footnote reference lifts no line: the paragraph around it is one block, its word whole.
            order: ["A New Boat for the Club", "After two years", "She arrived on a trailer", "Capsize Drill"],
            oneBlock: ["After two years of raffles", "coastal quad. She arrived on a trailer in March"],
            absent: ["She ar "]),
        Sample(
            name: "pdf-alternating-heads.pdf",
            // Alternating heads on two pages, each printed once, set close over the text: both are headers.
            order: ["The Hedgerow", "The newsletter of Bramblefield", "Spring Planting", "Dormouse Boxes", "Summer Walks", "Work Parties"],
            removed: [(.header, "Bramblefield Volunteers"), (.header, "The Hedgerow · Spring 2026"), (.pageNumber, "–1–")],
            absent: ["Bramblefield Volunteers", "The Hedgerow · Spring 2026"]),
        Sample(
            name: "pdf-tracked-masthead.pdf",
            // A tracked masthead cut at its word break is one title; headings side by side in two columns stay two.
            order: ["HARBOUR LIGHTS", "The newsletter of Westmere", "Club News", "The club has bought", "Safety Notes",
                    "Coxes must carry", "Results"],
            headings: [("Club News", 2), ("Safety Notes", 2)],
            title: "HARBOUR LIGHTS",
            removed: [(.header, "Westmere HRC")]),
        Sample(
            name: "pdf-numbered-footnote.pdf",
            // A note numbered "1." at the foot, cited by a raised 1, goes after the article citing it.
            order: ["From the Chair", "Our membership now stands", "than a paperback", "The previous record",
                    "Local History Room", "The parish maps"],
            absent: ["1. The previous", "record.¹", "record.1"]),
        Sample(
            name: "pdf-typst-footnote.pdf",
            // Typst's raised note number is no page number; the note goes after the article citing it;
            // headings numbered like the note keep their numbers.
            order: ["The Orchard Gate", "1 Harvest Report", "It has been the best", "The new ladder is kept locked",
                    "2 Winter Pruning", "3 New Trees"],
            headings: [("1 Harvest Report", 3), ("2 Winter Pruning", 3)],
            removed: [(.pageNumber, "1")],
            absent: ["planted.¹"]),
        Sample(
            name: "pdf-callout-beside-heading.pdf",
            // A heading ending in "Us" does not run on into the smaller subheading under it or the
            // callout title beside it; the callout, level with the heading, reads before it.
            order: [
                "Why We Reviewed the Play Areas", "At a Glance", "Four play areas", "What Residents Told Us", "Younger children",
                "Parents of young children",
            ],
            absent: ["Told Us Younger", "Told Us At a Glance"]),
        Sample(
            name: "pdf-cover-overline-paragraph.pdf",
            // The organisation line over the cover's title (a paragraph by its shape) reads after the title.
            order: ["Boathouse Survey 2026", "Millbrook Rowing Club, Junior Section", "Report to the committee", "1 Background"],
            title: "Boathouse Survey 2026"),
        Sample(
            name: "pdf-caption-beside-photo.pdf",
            // The caption beside the photo's foot reads before the text under the photo.
            order: [
                "Bread Course Returns", "By Anna Kowalczyk", "Learners shaping their first loaves", "All fourteen places went",
                "The course runs for six",
            ]),
        Sample(
            name: "pdf-slide-list-title.pdf",
            // The bold line over bold "Instrument — Name" entries in its own style is their heading.
            order: ["Spring Concert: Music from the Movies", "Our spring concert brings", "Soloists", "Trumpet — Priya Raman"],
            headings: [("Spring Concert: Music from the Movies", 1), ("Soloists", 2)]),
        Sample(
            name: "pdf-slide-small-heading.pdf",
            // A bold 16 pt title over plain 16 pt text on a slide whose 18 pt body is mostly bold: a heading.
            order: ["Concert Dates", "Mark these in the band's calendar", "Monday 2 March", "Stewards Wanted", "We are looking for helpers"],
            headings: [("Concert Dates", 1), ("Stewards Wanted", 2)]),
        Sample(
            name: "pdf-unmarked-list.pdf",
            // Bullets drawn as shapes: the indented lines are a list (items in the golden); the
            // indented quotation stays a paragraph.
            order: [
                "What the Hall Needs", "The answers most often given were:", "a new boiler", "a ramp at the side door",
                "more chairs", "a proper noticeboard", "The boiler comes first.", "We have never had", "The committee will meet",
            ]),
        Sample(
            name: "pdf-note-above-photo.pdf",
            // The note right above the photo is no caption: its cited "²" makes it a note, marker dropped.
            order: [
                "The Community Garden", "The allotment society", "Both ponds will be dredged", "The smaller pond may be filled in",
                "The glasshouse after its new panes", "Anyone can join",
            ],
            absent: ["²"]),
        Sample(
            name: "pdf-contents-numbers-apart.pdf",
            // Leaders and page numbers read apart still make a contents list, which goes.
            order: ["1 Background", "The village hall was built", "2 Condition of the Roof", "3 Next Steps"],
            removed: [
                (
                    .contents,
                    "Contents 1 Background" + String(repeating: " .", count: 50) + " 2 2 Condition of the Roof" + String(repeating: " .", count: 45) + " 2 3 Next Steps" + String(repeating: " .", count: 51) + " 3"
                )
            ],
            absent: ["Background . . ."]),
        Sample(
            name: "pdf-callout-at-article-head.pdf",
            // A callout level with a section heading reads before it; one starting beside the text
            // of an article does not (it stays after the article's text).
            order: [
                "Why the Orchard Was Surveyed", "The village keeps", "In Brief", "Two orchards, 164 trees", "What the Count Showed",
                "Apple trees", "Most of the apple trees", "Pear trees", "Grafting Classes", "The trust will run", "Booking",
            ]),
        Sample(
            name: "pdf-heading-face-over-bold-lines.pdf",
            // Headings in a sans bold at the body's size over bold serif event lines and names;
            // the letter's continuation stops at the names' heading.
            order: [
                "A Letter from the Vicar", "The roof appeal", "Over the summer", "With every blessing",
                "The church is open", "Summer Services and Events", "Sunday 21 June", "Everybody is welcome",
                "Thank You to Our Roof Appeal Team", "Margaret and Colin Ashworth", "Flower Rota",
            ],
            headings: [
                ("A Letter from the Vicar", 2), ("Summer Services and Events", 2), ("Thank You to Our Roof Appeal Team", 2),
                ("Flower Rota", 2),
            ],
            title: "The Hillside Bulletin",
            removed: [
                (.jumpLine, "Continued on page 2"), (.jumpLine, "A Letter from the Vicar (continued from page 1)"),
                (.pageNumber, "1"), (.pageNumber, "2"),
            ]),
        Sample(
            name: "pdf-heading-colour-over-bold-lines.pdf",
            // Blue headings in the bold of the body's face over bold black lines of that font.
            order: [
                "Chairman's Report", "It has been", "Marisol Ferreira", "Dates for Your Diary", "Saturday 16 May",
                "Everybody is welcome",
                "Your Committee", "Geoffrey Pilkington", "Any member can stand",
            ],
            headings: [("Chairman's Report", 2), ("Dates for Your Diary", 2), ("Your Committee", 2)],
            title: "Green Lane Matters"),
        Sample(
            name: "pdf-wordproc-labels.pdf",
            // A dateline, bold event lines and names level with the other column, a quotation and a
            // label in capitals are text; the wrapped heading is one heading.
            order: [
                "Centre Lines", "Issue 12", "Community Larder Celebrates Its First Birthday", "A year ago",
                "Room Hire Prices Held", "Agnieszka", "The best birthday lunch", "What's On This Summer",
                "Saturday 6 June", "TICKETS", "Sensory Garden Takes Shape", "Lost Property",
            ],
            headings: [
                ("Community Larder Celebrates Its First Birthday", 2), ("Room Hire Prices Held", 2),
                ("What's On This Summer", 2), ("Sensory Garden Takes Shape", 2), ("Lost Property", 2),
            ],
            title: "Centre Lines"),
        Sample(
            name: "pdf-report-cover.pdf",
            // The organisation line over the cover's title is a paragraph read after the title.
            order: [
                "Annual Review 2025–26", "Millbrook Community Energy Co-operative", "Published June 2026",
                "A Word from the Chair", "This has been", "Generation and Savings",
            ],
            headings: [("A Word from the Chair", 2), ("Generation and Savings", 2)]),
        Sample(
            name: "pdf-section-numbers.pdf",
            // Section numbers the reader cut off their headings ("1.1", "2.2") join them again. The
            // sections numbered "1" and "2" have dotted subsections and head long texts: section
            // headings at their own level above them, their numbers kept as printed, not numbered boxes.
            order: [
                "1 Introduction", "Each spring", "1.1 How the Survey Was Done", "The towpath was divided", "2 Findings",
                "2.1 Surface and Drainage", "2.2 Banks and Hedges", "Bank erosion", "3 Work Parties",
            ],
            headings: [
                ("1 Introduction", 2), ("1.1 How the Survey Was Done", 3), ("2 Findings", 2), ("2.2 Banks and Hedges", 3),
            ]),
        Sample(
            name: "pdf-numbered-list-column.pdf",
            // The numbers stand a tab left of their items: each goes back onto its item.
            order: [
                "Before Your First Session", "three things before their first session at the pool:",
                "1. fill in the health form", "2. collect a club swimming cap", "3. read the pool rules", "Sessions start promptly",
            ],
            absent: ["pool: 1. 2. 3."]),
        Sample(
            name: "pdf-intro-over-three-columns.pdf",
            // A one-column intro a paragraph's space over three columns: the columns read in turn.
            order: [
                "A Busy Summer", "The Fete", "More than six hundred people", "Film Night", "open-air film brought blankets",
                "Saturday Market", "The new market has twelve", "The bulletin is delivered",
            ]),
        Sample(
            name: "pdf-nested-list-before-heading.pdf",
            // The nested bullets, read after the list, do not make the heading a list item.
            order: ["Summer Camp Kit", "a sleeping bag", "a named water bottle", "Camp Fees", "The camp costs ninety pounds"],
            headings: [("Camp Fees", 2)]),
        Sample(
            name: "pdf-side-heading-full-cell.pdf",
            // A one-line side-heading filling its cell is its own line, not glued to the text beside it.
            order: ["Choir Practice", "Goodbye, Dennis", "After thirty-one years", "Lost Property"],
            headings: [("Goodbye, Dennis", 2)],
            absent: ["DennisAfter"]),
        Sample(
            name: "pdf-cells-events.pdf",
            // Cells wrapped onto two lines join their row; the table lies between its heading and the paragraph.
            order: [
                "Hollins Vale Natural History Society", "Walking with the Society", "Autumn Walks", "Date Walk Meeting point",
                "Sun 4 October Fungus foray through the beech hangers above the village Car park at the top of Windmill Hill",
                "Sat 14 November Hedgerow berries and the ancient drove road Church porch", "All walks start at ten",
            ],
            oneBlock: ["Meeting point Sun 4 October Fungus foray through the beech hangers above the village Car park"],
            headings: [("Walking with the Society", 2), ("Autumn Walks", 2)],
            title: "Hollins Vale Natural History Society"),
        Sample(
            name: "pdf-cells-beside-prose.pdf",
            // A table set without padding beside a prose column: rows joined by their lower-case second
            // lines, and no line of the prose taken into the table.
            order: [
                "Saxonbury Green Residents", "Jobs Around the Green", "The Repairs List",
                "Village pump Handle loose and spout blocked Handyman, before the fair",
                "Footpath signs Two missing on the river path Ramblers, with new posts", "Summer Fair", "Tree Planting",
                "Eleven young limes", "Litter Pick",
            ],
            oneBlock: ["Item Fault found Who mends it Village pump Handle loose and spout blocked"],
            headings: [("The Repairs List", 2), ("Summer Fair", 2), ("Tree Planting", 2), ("Litter Pick", 2)],
            absent: ["new posts Litter Pick", "County council depot volunteers"]),
        Sample(
            name: "pdf-cells-side-headings.pdf",
            // Side-headings beside paragraphs: headings and paragraphs, no table row of a heading and its text.
            order: [
                "Choir Practice", "Practice resumes on the first Tuesday", "New voices are always welcome", "Bell Ringers",
                "Learners start on a tied bell", "Flower Rota", "Coffee Morning", "The next one is on the last Saturday",
            ],
            headings: [("Choir Practice", 2), ("Bell Ringers", 2), ("Flower Rota", 2), ("Coffee Morning", 2)],
            absent: ["Choir Practice Practice resumes"]),
        Sample(
            name: "pdf-cells-page-break.pdf",
            // The fixtures table's last two rows, at the head of page 2, join it under its running head.
            order: [
                "Brookfield Rovers FC", "Clubhouse Roof", "Fixtures", "The league has published", "Date Opponents Venue",
                "Sat 26 September Old Quarry Wanderers Away Sat 3 October Brookside Athletic, cup first round Home",
                "Sat 10 October Ashcombe Seconds Away", "Volunteers Wanted",
            ],
            oneBlock: ["Date Opponents Venue Sat 5 September", "Old Quarry Wanderers Away Sat 3 October Brookside"],
            headings: [("Fixtures", 2), ("Volunteers Wanted", 2)],
            removed: [(.header, "Brookfield Rovers FC | Matchday News"), (.pageNumber, "Page 2")]),
        Sample(
            name: "pdf-header-printed-once.pdf",
            // Page 2's head, printed on no other page, lies above every page's text and names the masthead.
            order: [
                "The Hedgerow", "Bramblefield Nature Group · Summer 2026", "Moth Night", "Hedge Laying", "Bird Boxes",
                "Twenty new bird boxes", "Annual Meeting",
            ],
            headings: [("Bird Boxes", 2)],
            removed: [
                (.header, "The Hedgerow · Summer 2026"), (.footer, "Bramblefield Nature Group · 1"),
                (.footer, "Bramblefield Nature Group · 2"),
            ],
            absent: ["The Hedgerow · Summer 2026"]),
        Sample(
            name: "pdf-table-header-glued.pdf",
            // A header row poppler runs together without spaces: three cells, not one word.
            order: ["Summer Walks", "When Who leads Places", "Sat 4 July Ann Hollis 12", "Membership"],
            absent: ["leadsPlaces", "WhenWho"]),
        Sample(
            name: "pdf-header-over-masthead.pdf",
            // A one-page newsletter's running head above its masthead, saying only what the masthead says.
            order: ["The Hedgerow", "The newsletter of Bramblefield Nature Group", "Moth Night", "Pond Survey", "Hedge Laying"],
            title: "The Hedgerow",
            removed: [(.header, "Bramblefield Nature Group"), (.header, "The Hedgerow · Autumn 2026")]),
        Sample(
            name: "pdf-bold-lead-ins.pdf",
            // Bold lead-ins run on in plain type stay in their paragraphs; "Harbour Notes" is a heading.
            order: [
                "Beach Clean Breaks Its Record", "Ninety-three volunteers filled more than", "The harbour commissioners agreed",
                "Please take care on the lowest six steps", "Harbour Notes", "Moorings for visiting boats are now bookable",
            ],
            oneBlock: ["Ninety-three volunteers filled more than two hundred bags", "Please take care on the lowest six steps"],
            headings: [("Harbour Notes", 2)]),
        Sample(
            name: "pdf-dogleg-article.pdf",
            // The lead story reads whole (column 1's top, column 2) before the story under it in column 1.
            order: [
                "Harbour Steps Reopen", "already picking their way down to the sand", "Please take care on the lowest six steps",
                "ENVIRONMENT", "Beach Clean Record", "Ninety-three volunteers",
            ],
            oneBlock: ["already picking their way down to the sand"],
            headings: [("Beach Clean Record", 1)]),
        Sample(
            name: "pdf-drawn-soft-hyphens.pdf",
            // Hyphens drawn with the soft-hyphen glyph keep their place in the word.
            order: ["Stage Works", "uses low-energy fittings", "Daniel Osei-Marsh", "the ten-week course"],
            absent: ["lowenergy", "OseiMarsh", "\u{AD}"]),
        Sample(
            name: "pdf-article-beside-contacts.pdf",
            // An article's top beside a contact list is no table: the article reads whole, then the contacts.
            order: [
                "Guides Wanted This Summer", "The mill opens every weekend from Easter to October.", "By Rupert Example",
                "No experience is needed", "Contact the Trust", "Site manager: Colin Ashdown", "Tel: 0113 496 0581",
            ],
            headings: [("Contact the Trust", 2)]),
        Sample(
            // Every heading bold at the text's size, with bold event lines and names: the headings stay.
            name: "pdf-bold-body-headings.pdf",
            order: ["From the Chair", "Water Butts and the Hosepipe Ban", "DATES FOR THE DIARY", "Quiz Night", "Your Committee"],
            headings: [("From the Chair", 2), ("1. Water Butts and the Hosepipe Ban", 2), ("DATES FOR THE DIARY", 2)],
            title: "The Runner Bean"),
        Sample(
            // A masthead word that also starts a broken web address is no clipped picture text.
            name: "pdf-masthead-word-in-address.pdf",
            order: ["Ashgrove Matters", "The newsletter of Ashgrove", "Street Lighting"],
            title: "Ashgrove Matters"),
        Sample(
            // A part title stacked over an article title in one block: both headings.
            name: "pdf-stacked-headings.pdf",
            order: ["AROUND THE ESTATE", "Resurfacing of Beech Crescent", "The council has confirmed", "ASSOCIATION BUSINESS"],
            headings: [("AROUND THE ESTATE", 2), ("Resurfacing of Beech Crescent and the Lower Car Park Will Begin in October", 2)]),
        Sample(
            // A slide's box of bold names beside its text box reads after the text, as a list.
            name: "pdf-slide-boxes.pdf",
            // The bold "Leading Roles" over bold "Role — Name" entries in its style heads their list.
            order: ["Rehearsals for the summer show", "Performances are in the church hall", "Leading Roles", "Badger"],
            headings: [("Leading Roles", 2)]),
        Sample(
            // A margin note reads after the paragraph it stands beside.
            name: "pdf-margin-note.pdf",
            order: ["Induction evenings are held", "Bring a red torch", "Jupiter is high in the south"]),
        Sample(
            // Headings ending in a function word right over bold event lines a size smaller: headings;
            // a bold lead-in wrapped after "of" and a bold notice at the text's size stay paragraphs.
            name: "pdf-heading-over-listing.pdf",
            order: [
                "Street Lighting", "Thanks are due to all of you who wrote", "The association's annual meeting", "What's On",
                "Annual General Meeting", "Get in Touch", "Dates to Look Out For", "Saturday 4 April 11am",
            ],
            oneBlock: ["Thanks are due to all of you who wrote"],
            headings: [("Street Lighting", 2), ("What's On", 2), ("Get in Touch", 2), ("Dates to Look Out For", 2)],
            title: "The Lamplighter"),
        Sample(
            // Event listings without markers, one a list each (the wrapped event one item); prose
            // whose lines open with a word and a number but run on stays one paragraph.
            name: "pdf-event-listing.pdf",
            order: [
                "Concerts", "Tickets go on sale", "Friday 2 October 7.30pm", "Workshops", "Monday 9 November 10am",
                "The Season So Far", "Class sizes were capped", "Box Office",
            ],
            oneBlock: ["Class sizes were capped at eight", "Monday 9 November 10am — Throwing on the wheel"],
            headings: [("Concerts", 2), ("Workshops", 2), ("The Season So Far", 2), ("Box Office", 2)],
            title: "The Kilnworth Crier"),
        Sample(
            // A column's line beside the next column's short last line, over a heading across both
            // columns: two lines of two columns, the paragraph read first column then second.
            name: "pdf-column-line-beside-banner.pdf",
            order: ["From the Warden", "It has been a long wet winter", "than anyone expected", "for years.", "Spring Show Moves"],
            oneBlock: ["the paths between the beds held up better than anyone expected", "shorter than it has been for years."],
            headings: [("From the Warden", 2), ("Spring Show Moves to the Village Hall", 2)],
            title: "The Lantern"),
        Sample(
            // A paragraph in the column beside a table, its short lines level with some rows, is
            // no third column of the table: the table keeps its two columns, the paragraph is whole.
            name: "pdf-table-beside-column.pdf",
            order: ["Winter Opening Times", "From the first of December", "Day Hours", "Saturday 9am to 5pm", "Join the Society"],
            oneBlock: ["Membership costs six pounds a year, or ten for a household", "membership secretary on 01632 960518. Questions"],
            headings: [("Winter Opening Times", 2), ("Join the Society", 2)],
            absent: ["Hours ten for a household", "toevents"]),
        Sample(
            // A tinted sidebar between two whole paragraphs reads after the article; an indented
            // quotation in the body's face stays.
            name: "pdf-tinted-sidebar.pdf",
            order: [
                "Winter Feeding", "Most colonies went into the winter", "Fondant can be bought", "Candle Evening",
                "Our candle evening", "Swarm Collectors", "The swarm list", "A swarm in May", "Collectors are insured",
            ],
            headings: [("Winter Feeding", 2), ("Candle Evening", 2), ("Swarm Collectors", 2)],
            title: "The Bee Line"),
        Sample(
            // A figure floated to the top of the columns: its caption follows the first paragraph
            // of the article under it, not before that article's heading.
            name: "pdf-top-float-caption.pdf",
            order: [
                "Lock Keeper", "New Gates for Lock Four", "After three winters", "The new oak gates of lock four",
                "The old gates will be cut up", "Work Parties",
            ],
            headings: [("New Gates for Lock Four", 2), ("Work Parties", 2)],
            title: "Lock Keeper",
            removed: [(.header, "Upper Wey Canal Trust"), (.header, "Lock Keeper, spring")]),
        Sample(
            // A table broken at a column's foot: the rows heading the next column join it.
            name: "pdf-table-across-columns.pdf",
            order: ["Show Entry Fees", "Entries for the summer show", "Class Fee", "Preserves 60p", "Baking 60p", "Crafts £1", "Judges Wanted"],
            oneBlock: ["Preserves 60p Baking 60p Crafts £1"],
            headings: [("Show Entry Fees", 3), ("Judges Wanted", 3)]),
        Sample(
            // Two columns right under a full-width letter, the second opening on the letter's next
            // line with a carried-over tail: the letter, then each column in turn, the tail joined.
            name: "pdf-columns-right-under-letter.pdf",
            order: [
                "Mill Street Neighbours", "A Word from the Chair", "Welcome to the summer issue", "Thank you to everybody",
                "Tree Planting", "Bin Collections", "The council has changed", "Summer Street Party", "Quiet Hours",
            ],
            oneBlock: ["please put the bins out no earlier than the evening before collection."],
            headings: [("Tree Planting", 2), ("Bin Collections", 2), ("Summer Street Party", 2), ("Quiet Hours", 2)],
            title: "Mill Street Neighbours",
            removed: [(.pageNumber, "Page 1")]),
        Sample(
            // A running head over the second and third of three columns: the first column is no
            // sidebar; the reports read left to right, then the full-width text under them.
            name: "pdf-three-columns-under-right-head.pdf",
            order: [
                "Kick Off", "From the Chair", "It has been a season", "Under-Nines", "Unbeaten since October",
                "Under-Elevens", "Two wins and a draw", "Girls' Squad", "The squad has grown",
                "End of Season Presentation", "The presentation evening",
            ],
            headings: [
                ("From the Chair", 2), ("Under-Nines", 2), ("Under-Elevens", 2), ("Girls' Squad", 2),
                ("End of Season Presentation", 2),
            ],
            title: "Kick Off",
            removed: [(.header, "Hillfoot Juniors Football Club · Kick Off · Spring 2026"), (.pageNumber, "Page 2")],
            absent: ["Hillfoot Juniors Football Club · Kick Off"]),
        Sample(
            // Bold body-size headings; the last over contact lines opening with bold labels: a heading too.
            name: "pdf-heading-over-contact-labels.pdf",
            order: [
                "The Lychgate", "Harvest Thanksgiving", "The harvest festival", "Bell Ringing", "The ringers practise",
                "Contact the Parish Office", "Tel: 01632 960 733",
            ],
            headings: [("Harvest Thanksgiving", 2), ("Bell Ringing", 2), ("Contact the Parish Office", 2)],
            title: "The Lychgate"),
        Sample(
            // A letter of three paragraphs with margin notes whose lines come between its own: the
            // paragraphs stay apart, each note read right after the paragraph it stands beside.
            name: "pdf-margin-notes-beside-letter.pdf",
            order: [
                "Larch Avenue News", "A Word from the Chair", "Welcome to the spring issue", "Road works end in early June",
                "The good news is", "Our annual meeting is in April", "Annual meeting: Tuesday 21 April", "Street Trees",
            ],
            headings: [("A Word from the Chair", 2), ("Street Trees", 2)],
            title: "Larch Avenue News"),
        Sample(
            // A table whose columns stand one em apart at their widest cells: one table, row by row.
            name: "pdf-table-one-em-apart.pdf",
            order: [
                "Events This Autumn", "The society's autumn programme", "Thursday 8 October 7.30pm",
                "Talk on the canal's history", "Church hall", "Saturday 24 October 10am", "Friday 4 December 6pm",
                "Lantern boat parade", "Canal basin", "Booking is not needed",
            ],
            headings: [("Events This Autumn", 2)],
            title: "The Lock Keeper"),
        Sample(
            // A bold header row whose "Time Event" stands over two columns heads its table: no headings.
            name: "pdf-table-header-over-two-columns.pdf",
            order: [
                "Events This Autumn", "Everybody who lives", "Date", "Time Event", "Venue", "Wednesday 14 October 7pm",
                "Annual general meeting", "Sail Loft", "Friday 11 December 6pm", "The lantern walk leaves",
            ],
            headings: [("Events This Autumn", 2)],
            title: "The Wharfinger"),
    ]

    /// The output in reading order: each section's heading, then its blocks.
    static func readingTexts(_ document: Document) -> [String] {
        document.sections.flatMap { section in [section.printedHeading].compactMap { $0 } + section.blocks.map(\.text) }
    }

    @Test func everySamplePDFHasItsFactsListedHere() {
        let pdfs = Fixtures.sampleNames.filter { $0.hasPrefix("pdf-") && $0.hasSuffix(".pdf") }
        #expect(pdfs == Self.samples.map(\.name).sorted())
    }

    @Test(arguments: samples)
    func keyBlocksComeInReadingOrder(sample: Sample) throws {
        let document = try Fixtures.convert(sample: sample.name)
        let whole = Self.readingTexts(document).joined(separator: "\n")
        var cursor = whole.startIndex
        for phrase in sample.order {
            let found = whole.range(of: phrase, range: cursor..<whole.endIndex)
            #expect(found != nil, "\(phrase) is missing or out of order")
            if let found { cursor = found.upperBound }
        }
        if let title = sample.title { #expect(document.title == title) }
        for phrase in sample.absent { #expect(!whole.contains(phrase), "\(phrase) is still in the text") }
    }

    @Test(arguments: samples)
    func aParagraphCarriedAcrossAColumnIsOneBlock(sample: Sample) throws {
        let blocks = Fixtures.blockTexts(try Fixtures.convert(sample: sample.name))
        for phrase in sample.oneBlock {
            #expect(blocks.contains { $0.contains(phrase) }, "no one block holds \(phrase)")
        }
    }

    @Test(arguments: samples)
    func headingsHaveTheirLevels(sample: Sample) throws {
        let document = try Fixtures.convert(sample: sample.name)
        let sections = document.sections.compactMap { section in section.printedHeading.map { ($0, section.level) } }
        var position = 0
        for (heading, level) in sample.headings {
            guard let found = sections[position...].firstIndex(where: { $0.0 == heading }) else {
                Issue.record("no heading \(heading) after position \(position)")
                continue
            }
            #expect(sections[found].1 == level, "\(heading)")
            position = found + 1
        }
    }

    @Test(arguments: samples)
    func removalsLinksAndDuplicatesAreRecorded(sample: Sample) throws {
        let document = try Fixtures.convert(sample: sample.name)
        let removed = document.audit.removed.map { "\($0.kind.rawValue): \($0.text)" }
        for (kind, text) in sample.removed {
            #expect(removed.contains("\(kind.rawValue): \(text)"), "\(kind): \(text) not recorded")
        }
        // Nothing is removed that the sample does not call for (duplicates: every block of the copy).
        let expectedKinds = Set(sample.removed.map(\.0))
        #expect(Set(document.audit.removed.map(\.kind)).isSubset(of: expectedKinds))
        for (value, anchor) in sample.links {
            #expect(document.links.contains { $0.value == value && $0.anchorText == anchor }, "link \(value)")
        }
        var duplicates: [Int: Int] = [:]
        for page in document.pages { if let original = page.duplicateOf { duplicates[page.number] = original } }
        #expect(duplicates == sample.duplicates)
    }

    @Test func aTaggedPDFKeepsTheOrderOfItsStructureTree() throws {
        let document = try Fixtures.convert(sample: "pdf-tagged.pdf", options: ConvertOptions(structure: .on))
        #expect(document.pages.allSatisfy { $0.isOrderedByStructure })
        #expect(!document.audit.repairs.contains { $0.kind == .join })
    }

    @Test func aTaggedPDFReadByItsTreeOrByItsLayoutSaysTheSame() throws {
        // The tags add nothing the layout does not show here: the same sections, the same text.
        func sections(_ structure: PDFReader.StructureUse) throws -> [String] {
            try Fixtures.convert(sample: "pdf-tagged.pdf", options: ConvertOptions(structure: structure)).sections.map {
                ([$0.printedHeading ?? ""] + $0.blocks.map(\.text)).joined(separator: " | ")
            }
        }
        let byLayout = try sections(.off)
        #expect(byLayout.count > 3)
        #expect(try sections(.on) == byLayout)
        #expect(try sections(.auto) == byLayout)
    }

    @Test func theRepeatedPageIsRemovedWholeAndOnlyOnce() throws {
        let document = try Fixtures.convert(sample: "pdf-repeated-page.pdf")
        let copies = document.audit.removed.filter { $0.kind == .duplicate }
        #expect(copies.allSatisfy { $0.page == 3 })
        #expect(copies.count == document.pages[0].blocks.count)
        #expect(document.sections.flatMap(\.blocks).allSatisfy { $0.page != 3 })
    }

    @Test func theRunningHeaderSampleCarriesAParagraphOverAPageBreak() throws {
        // Page 2 ends "… run by the parents'" and page 3 opens "association.".
        let blocks = Fixtures.blockTexts(try Fixtures.convert(sample: "pdf-running-header.pdf"))
        #expect(blocks.contains { $0.contains("the parents' association.") })
    }
}
