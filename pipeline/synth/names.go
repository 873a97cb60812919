package synth

// person is a first name with the pronouns a note uses for its bearer.
type person struct {
	name   string
	female bool
}

var firstNames = []person{
	{"Anne", true}, {"Peter", false}, {"Kirsten", true}, {"Michael", false}, {"Hanne", true},
	{"Jens", false}, {"Mette", true}, {"Lars", false}, {"Susanne", true}, {"Henrik", false},
	{"Lene", true}, {"Søren", false}, {"Pia", true}, {"Thomas", false}, {"Charlotte", true},
	{"Morten", false}, {"Tina", true}, {"Jan", false}, {"Birgitte", true}, {"Niels", false},
	{"Helle", true}, {"Martin", false}, {"Camilla", true}, {"Christian", false}, {"Maria", true},
	{"Jesper", false}, {"Louise", true}, {"Anders", false}, {"Marianne", true}, {"Ole", false},
	{"Rikke", true}, {"Torben", false}, {"Dorthe", true}, {"Bo", false}, {"Malene", true},
	{"Kim", false}, {"Heidi", true}, {"Steen", false}, {"Julie", true}, {"Kasper", false},
	{"Signe", true}, {"Jacob", false}, {"Ida", true}, {"Mikkel", false}, {"Trine", true},
	{"Frederik", false}, {"Gitte", true}, {"Brian", false}, {"Karina", true}, {"Bjarne", false},
}

var lastNames = []string{
	"Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
	"Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
	"Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Olesen",
	"Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Eriksen", "Holm", "Kristiansen",
	"Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Østergaard", "Jeppesen", "Vestergaard",
	"Nissen", "Lauridsen", "Kjær", "Jespersen", "Mogensen", "Skov", "Bach", "Dam", "Bruun", "Friis",
}

// Names of the international contacts the Nordic/UK team calls.
var intlFirstNames = []person{
	{"James", false}, {"Emily", true}, {"David", false}, {"Sophie", true}, {"Mark", false},
	{"Hannah", true}, {"Johan", false}, {"Ingrid", true}, {"Lukas", false}, {"Anna", true},
	{"Oskar", false}, {"Karin", true}, {"Richard", false}, {"Laura", true}, {"Magnus", false},
	{"Elin", true}, {"Stefan", false}, {"Claire", true}, {"Per", false}, {"Astrid", true},
}

var intlLastNames = []string{
	"Smith", "Johnson", "Brown", "Taylor", "Wilson", "Andersson", "Johansson", "Karlsson",
	"Nilsson", "Berg", "Haugen", "Dahl", "Müller", "Schneider", "Walker", "Evans", "Lindberg",
	"Strand", "Hughes", "Fischer",
}

// Towns for company names and head-office remarks.
var towns = []string{
	"København", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Randers", "Kolding", "Horsens",
	"Vejle", "Roskilde", "Herning", "Silkeborg", "Næstved", "Fredericia", "Viborg", "Køge",
	"Holstebro", "Taastrup", "Slagelse", "Hillerød", "Sønderborg", "Svendborg", "Hjørring",
	"Holbæk", "Frederikshavn", "Haderslev", "Skive", "Ringsted", "Nyborg", "Thisted",
}

// Made-up competitors a prospect may already use.
var competitors = []string{
	"Nordlys", "ProCom", "DataPartner", "Kontorgruppen", "BizLine", "Centra", "Dansk Erhvervsservice",
	"Solvo", "Kompas", "NetPartner",
}
