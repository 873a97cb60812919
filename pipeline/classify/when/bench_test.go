package when

import (
	"testing"
	"time"
)

// benchNotes is a realistic mix of call notes: most name no date, as in the
// warehouse, where only a minority of calls carry a callback time.
var benchNotes = []string{
	"Ingen svar, lagt besked på telefonsvareren. Prøver igen senere.",
	"Talte med receptionen, direktøren er ikke til stede. Ring igen.",
	"ikke interesseret, har fast leverandør og er godt tilfredse med dem",
	"Vil gerne have et tilbud på 10 licenser, send det til hans mail.",
	"ikke lige nu, ring efter sommerferien",
	"forkert nummer, firmaet er lukket ifølge omstillingen",
	"Det er ikke mig der bestemmer, det gør hovedkontoret i Aarhus.",
	"ring igen i uge 34, de er midt i et stort projekt lige nu",
	"No answer, left voicemail asking her to call back on 12 34 56 78.",
	"Not interested, they use a competitor and the contract ends in June.",
	"Spoke to the CFO, budget is frozen until next year, try again in Q3.",
	"Optaget, prøv igen om en time. Kunden har 30 medarbejdere.",
	"Vi er kun 3 ansatte, det er ikke relevant for os. Nej tak.",
	"Møde booket tirs 14/3 kl 10 hos kunden i Vejle med indkøbschefen",
	"Receptionist would not connect me, said he is in a meeting all day.",
	"Sender materiale og følger op fredag, han virkede positiv.",
	"reklamebeskyttet, vil ikke ringes op igen. Fjern fra listen.",
	"Han sidder i bilen, ring tilbage senere i dag efter kl. 14.30",
	"Pris på kr 12.500 pr. måned er for dyrt, ingen budget i år.",
	"just send me some info, I'll look at it when I have time",
	"Svarede ikke, telefonen var slukket. Tlf 2345 6789 virker ikke.",
	"var lukket i mandags, prøv en anden dag",
	"Interesseret, vil gerne se en demo. Booked demo for Thursday.",
	"ingen svar x3, 3. gang vi ringer uden at komme igennem",
	"Kontrakten med nuværende leverandør udløber 31/12, kontakt i oktober.",
	"Hun holder fri om fredagen, vi prøver en anden dag i næste uge",
	"Existing customer, service matter about invoice 2024-118, passed on.",
	"Har ikke tid nu, sidder i møde. Ring igen i morgen formiddag.",
	"Nummeret er ikke i brug længere. Duplicate of lead 4471.",
	"Siden 2019 har de haft en aftale med en konkurrent, 24/7 support.",
	"Lovede at vende tilbage når de har haft bestyrelsesmøde.",
	"snakket med IT-chefen, de har lige skiftet system, ikke aktuelt",
	"tried 2nd attempt, went to voicemail again, no message left",
	"Ring efter påske, så har de bedre tid til at kigge på det",
	"Kunden er glad for løsningen, ingen grund til at skifte. 50% rabat hjælper ikke.",
	"ikke i dag, han er syg",
	"vil gerne høres igen om et par måneder når budgettet er på plads",
	"Omstillingen siger han er på ferie til uge 32, prøv derefter.",
	"Sagde nej tak med det samme og lagde på.",
	"Interested in 1.5 mio package, wants pricing for 10 users in April",
}

func BenchmarkResolve(b *testing.B) {
	call := time.Date(2026, 5, 13, 10, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Resolve(benchNotes[i%len(benchNotes)], call)
	}
}

// BenchmarkResolveNoDate measures the common case: a note that names no time.
func BenchmarkResolveNoDate(b *testing.B) {
	call := time.Date(2026, 5, 13, 10, 0, 0, 0, time.UTC)
	note := "Talte med receptionen, direktøren er ikke til stede. Ring igen."
	b.ReportAllocs()
	for b.Loop() {
		Resolve(note, call)
	}
}
