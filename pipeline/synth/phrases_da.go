package synth

// daBook holds the Danish note phrases. "[a|b]" picks one alternative,
// "{cb}" is the callback time, "{mdato} {kl}" a meeting's day and time,
// "{navn}" the contact's first name, "{hanhun}"/"{hamhende}" the pronouns,
// "{ny}" another contact, "{lev}" a competitor, "{hq}" a head office.
var daBook = [nTopics]phrases{
	tNoAnswer: {
		lead:   []string{"[Intet svar|intet svar|ingen svar|ik svar|ingen tager den|ubesvaret|ringede ud|ingen svarede]"},
		ours:   []string{"prøver igen senere", "prøver igen", "forsøger igen"},
		oursCB: []string{"[prøver igen|ringer igen|prøv igen] {cb}"},
		none:   []string{""},
	},
	tVoicemail: {
		lead: []string{"[vm|VM|telefonsvarer|tlf svarer|tlf.svarer|røg på svareren|svarer]"},
		none: []string{"", "", "ingen besked", "lagde ikke besked"},
	},
	tVoicemailAsked: {
		lead:   []string{"[vm|telefonsvarer|lagt besked på tlf.svarer|indtalt besked|lagt besked]"},
		theirs: []string{"[bedt {hamhende} ringe tilbage|bedt om at ringe retur|bad {hamhende} ringe op|bedt om opringning]"},
	},
	tLineBusy: {
		lead:   []string{"[optaget|Optaget|optaget linje|der var optaget]"},
		oursCB: []string{"[prøver igen|ringer igen] {cb}"},
		none:   []string{""},
	},
	tGatekeeper: {
		lead: []string{"[receptionen ville ikke stille om|kom ikke forbi omstillingen|sekretæren siger {navn} er optaget|" +
			"{navn} ikke ved sin plads|kunne ikke få fat i {navn}|omstillingen: {navn} er ikke inde|{navn} ikke til stede ifølge receptionen]"},
		oursCB: []string{"[ringer igen|prøver igen] {cb}"},
		theirs: []string{"[receptionen beder {hamhende} ringe tilbage|lagt besked i receptionen om at {hanhun} ringer tilbage|sekretæren beder {hamhende} ringe tilbage]"},
		none:   []string{""},
	},
	tAway: {
		leadCB: []string{"[{navn} på ferie til {cbx}|{navn} er på ferie, tilbage {cb}|{navn} på kursus, tilbage {cb}|" +
			"{navn} syg, tilbage {cb}|{navn} på barsel til {cbx}|{navn} er ude at rejse til {cbx}]"},
		ours:   []string{"[ringer igen der|prøver igen der|ringer til den tid]"},
		theirs: []string{"[{hanhun} ringer når {hanhun} er tilbage|receptionen siger {hanhun} ringer tilbage]"},
	},
	tWrongNumber: {lead: []string{"[forkert nummer|Forkert nr|forkert nr.|nummeret findes ikke|nummer ikke i brug|nr. ikke i brug|" +
		"forkert tlf nr|privatperson - forkert nummer]"}, none: []string{""}},
	tClosed: {lead: []string{"[firma lukket|firmaet er lukket|lukket ned|gået konkurs|virksomheden er ophørt|konkurs]"}, none: []string{""}},
	tCustomer: {lead: []string{"[er allerede kunde hos os|eksisterende kunde - servicesag, sendt videre til support|" +
		"allerede kunde, videregivet til kundeservice|dublet - findes allerede i CRM]"}, none: []string{""}},
	tMeeting: {
		lead: []string{"[|Fin snak med {navn}. |God dialog, |Positiv! |Spændende samtale. ]" +
			"[Møde booket|møde booket|Møde bkt|Booket møde|møde aftalt|MØDE|Aftalt møde|Demo booket|Booket demo] " +
			"{mdato} {kl}[ hos dem| på Teams| online| hos os|]"},
		ours: []string{""},
	},
	tInterested: {
		lead: []string{"[vil gerne have et tilbud|ønsker tilbud|vil gerne se priser|interesseret, vil have tilbud|" +
			"spændende for dem, vil høre mere|vil gerne prøve en testperiode|bad om pris på {n} brugere|positiv - vil have tilbud]"},
		ours:   []string{"[sender tilbud og følger op|følger op på tilbuddet|sender tilbud, ringer op igen]"},
		oursCB: []string{"[sender tilbud og følger op|tilbud sendes, ringer op|sender tilbud, ringer igen] {cb}"},
		theirs: []string{"[tilbud sendt|sender tilbud|sendt tilbud på mail|tilbud sendt, {hanhun} vender tilbage]"},
	},
	tHandedBack: {
		lead: []string{"[spurgte til priser|ville høre mere om tilbuddet|havde spørgsmål til tilbuddet|ville høre hvad vi kan]"},
		theirs: []string{"[sad i møde, bad {hamhende} ringe igen senere|havde ikke tid, bad {hamhende} ringe tilbage|" +
			"var optaget, {hanhun} ringer igen]"},
		theirsCB: []string{"[havde ikke tid, bad {hamhende} ringe igen|sad i møde, {hanhun} ringer igen] {cb}"},
	},
	tTiming: {
		alone: true,
		lead: []string{"[ikke lige nu|ik lige nu|ikke aktuelt lige nu|ikke aktuelt p.t.|ikke nu|travl periode|højsæson lige nu|" +
			"midt i budgetlægning|midt i en omstrukturering|har lige skiftet system, ikke nu|ikke på nuværende tidspunkt|" +
			"ny direktør på vej, ikke nu|ikke lige nu, men måske senere]"},
		leadCB: []string{"[budgettet lægges {cb}|måske aktuelt {cb}|kan blive aktuelt {cb}|ikke før {cbx}|tidligst aktuelt {cb}]"},
		contract: []string{"[kontrakt udløber {cb}|kontrakt med {lev} udløber {cb}|bundet af aftale med {lev} til {cbx}|" +
			"har aftale med {lev} til {cbx}|kontrakten med {lev} løber til {cbx}]"},
		oursCB: []string{"[ring igen|ringer igen|ring|følger op|opfølgning|kontakt igen|ring op igen|prøv igen|kal.:] {cb}",
			"{cb} ringer jeg igen", "ringer {hamhende} op igen {cb}"},
		ours:     []string{"[ringer igen til den tid|følger op til den tid|følger op inden|sat i kalender|noteret i kalenderen]"},
		theirsCB: []string{"[{hanhun} vender tilbage|de vender selv tilbage|{hanhun} kontakter os|de ringer selv|{hanhun} ringer] {cb}"},
		theirs:   []string{"[{hanhun} vender tilbage|de vender selv tilbage|{hanhun} kontakter os når det bliver aktuelt|de ringer selv]"},
	},
	tBusy: {
		lead: []string{"[har ikke tid nu|ikke tid|havde travlt|sidder i bilen|kører bil|på vej ud af døren|sidder i møde|" +
			"midt i noget|på vej til møde|har ikke tid til at snakke|havde ikke tid]"},
		oursCB: []string{"[ringer igen|ring igen|prøver igen|ringer op igen] {cb}"},
		theirs: []string{"[ringer selv tilbage|{hanhun} ringer tilbage|vender selv tilbage når {hanhun} har tid|{hanhun} ringer op senere]"},
		none:   []string{""},
	},
	tNotInterested: {lead: []string{"[ikke interesseret|ik interesseret|Ikke interesseret|ikke interesse|nej tak|Nej tak|" +
		"ingen interesse|ikke interesseret, nej tak|sagde nej tak|overhovedet ikke interesseret|gider ikke]"}, none: []string{""}},
	tExisting: {lead: []string{"[har fast leverandør|har allerede en leverandør|bruger {lev}|kører med {lev}, tilfredse|" +
		"har {lev} og er glade for dem|har en løsning i forvejen|klarer det selv|klarer det internt|" +
		"har egen IT-afd. der klarer det|har aftale med {lev}, ingen grund til at skifte|fast lev.|har lev.|bruger {lev} - tilfreds]"},
		none: []string{""}},
	tNoNeed: {lead: []string{"[ikke relevant for os|ikke relevant|ik relevant|vi er kun {small} ansatte|for lille til det|" +
		"har ikke brug for det|intet behov|passer ikke til deres forretning|ikke noget de bruger|ingen brug for det]"}, none: []string{""}},
	tNoBudget: {lead: []string{"[ingen budget|intet budget|for dyrt|ingen penge til det|spareplan, ingen nye udgifter|" +
		"budgettet er brugt|har ikke råd|skærer ned på alt|budget frosset]"}, none: []string{""}},
	tNotDM: {
		lead: []string{"[det er ikke {hamhende} der bestemmer|ikke beslutningstager|forkert person|det ligger hos ledelsen|" +
			"hovedkontoret bestemmer|det besluttes centralt|indkøb sker via hovedkontoret i {hq}|skal tale med {ny}|" +
			"det er {ny} der tager sig af det|går gennem indkøbsafd.|centralt indkøb via udbud]"},
		ours:   []string{"[prøver {ny}|ringer til {ny} i stedet|skal have fat i {ny}]"},
		oursCB: []string{"ringer til {ny} {cb}"},
		theirs: []string{"[{hanhun} giver besked videre|{hanhun} sender det videre til {ny}|{hanhun} giver besked til chefen]"},
		none:   []string{""},
	},
	tSendInfo: {
		lead: []string{"[send en mail|send mail|send info|vil have noget materiale|send noget på mail|bad om info på mail|" +
			"send lidt materiale|send en mail med info|vil have info på mail]"},
		ours:   []string{"[sender mail og følger op|sender info og ringer op igen]"},
		oursCB: []string{"[sender mail og ringer op|sendt info, følger op|mail sendt, ringer igen] {cb}"},
		theirs: []string{"", "sendt", "mail sendt", "info sendt"},
	},
	tNoColdCalls: {lead: []string{"[vil ikke ringes op|ønsker ikke opkald|reklamebeskyttet|står på Robinsonlisten|" +
		"bad os fjerne dem fra listen|slet fra liste|ingen sælgeropkald|vil ikke kontaktes igen|tager ikke imod sælgere]"},
		none: []string{""}},
	tUnknown: {lead: []string{"", "nej", "Nej", "nej.."}, none: []string{""}},
}

// Prefixes for inbound calls and for calls that follow up an agreement.
var (
	daInbound  = "[Ringede tilbage: |Kunde ringede ind. |{navn} ringede retur - |Indgående: |{navn} ringede op. ]"
	daFollowUp = "[Som aftalt: |Fulgte op, |Ringede som aftalt. |]"
)
