package when

// addCues adds the prepositions and small words around a time expression
// that make it a callback time or start a phrase.
func addCues(b lexBuilder) {
	b.add(lex{flags: fCue}, "paa", "pa", "til", "on", "by", "until", "till", "before", "foer", "for",
		"inden", "senest", "fra", "from", "this", "denne", "dette", "kommende", "coming", "am", "ab",
		"bis", "vor", "an", "zum", "innan", "foere", "fram", "frem", "around", "omkring", "primo",
		"medio", "ultimo", "early", "mid", "late", "start", "starten", "begyndelsen", "begyndelse",
		"slutningen", "slut", "end", "indtil", "ved", "midt", "sidst", "in", "i", "im", "om", "efter",
		"after", "etter", "nach", "next", "first", "noget", "maybe", "maaske", "evt", "eventuelt",
		"probably", "hopefully", "forhaabentlig", "igen", "again", "retur", "enten", "eller", "or")
	b.add(lex{flags: fCue}, "moede", "mode", "booket", "bkd", "bkt", "booked", "booking", "meeting", "mtg",
		"demo", "appointment", "aftalt", "sender", "sendes", "sende", "send", "budget", "budgettet",
		"budgetaar", "locked", "bundet", "tied")
	b.add(lex{flags: fCue | fCallback}, "u") // the "u" of "f/u", follow-up
	b.add(lex{flags: fPresent}, "kun", "only", "bara", "nur", "berre", "bare", "inde", "in", "here", "her",
		"available", "tilgaengelig", "kontoret", "office", "da", "hier")
	b.add(lex{cls: cEnd, flags: fEndOf}, "udgangen", "slutningen", "end", "ultimo", "slut", "enden", "ende",
		"utgangen", "sidst", "slutten", "slutet")
	b.add(lex{flags: fPastVerb}, "ringede", "ringet", "called", "rang", "tried", "talte", "spoke", "snakkede",
		"forsoegte", "proevede", "provede", "kontaktede", "mailede", "sendte", "var", "was", "were", "havde",
		"had", "holdt", "held", "afholdt", "moedtes", "met", "udloeb", "udlob", "expired", "ended")
	b.add(lex{flags: fCue}, "anfang", "ende", "mitte", "boerjan", "slutet", "borjan", "starten", "begynnelsen",
		"slutten", "midten")
	b.add(lex{flags: fCue}, "relevant", "aktuelt", "aktuel", "aktuelle", "set", "laegges", "lagt", "up",
		"op", "planned", "planlagt", "scheduled")
	b.add(lex{cls: cAfter, flags: fCue | fNegBreak}, "efter", "after", "etter", "nach")
	b.add(lex{cls: cAfter, val: 1, flags: fCue}, "over")
	b.add(lex{cls: cOm, flags: fCue | fLight}, "om")
	b.add(lex{cls: cIn, flags: fCue | fLight}, "in")
	b.add(lex{cls: cI, flags: fCue | fLight}, "i", "im")
	b.add(lex{cls: cThis}, "this")
	b.add(lex{cls: cNext, flags: fCue}, "naeste", "naste", "next", "naesta", "nasta", "neste",
		"naechste", "naechsten", "naechstes", "naechster", "nachste", "nachsten", "nachstes",
		"kommende", "coming", "kommande")
	b.add(lex{flags: fLight}, "paa", "pa", "on", "the", "den", "til", "at", "am", "det")
	b.add(lex{flags: fArticle}, "the", "den", "dem", "der", "die", "det", "das")
	b.add(lex{flags: fOf}, "of", "af")
	b.add(lex{flags: fDayPrefix | fAbbr}, "d")
	b.add(lex{flags: fDayPrefix}, "den", "the")
	b.add(lex{flags: fOrdSuffix}, "th", "st", "nd", "rd", "ste")
	b.add(lex{flags: fClock | fNoDate | fAbbr}, "kl", "klokken", "kloka", "klockan", "um", "at")
	b.add(lex{flags: fClock}, "morning", "noon", "middag", "frokost", "lunch", "lunchtime", "eod", "morgenen")
	b.add(lex{flags: fFiller | fAbbr}, "ca", "cirka", "circa", "approx", "approximately", "about",
		"roughly", "some", "like", "ungefaer", "ungefar", "etwa", "rund", "just", "lige", "sirka")
}

// addVerbs adds the verbs that tie a time to a next step: callbacks, and
// contracts running out.
func addVerbs(b lexBuilder) {
	b.add(lex{flags: fCue | fCallback}, "ring", "ringe", "ringer", "ringes", "rings", "ringa", "ringar",
		"call", "calls", "callback", "kontakt", "kontakte", "kontakter", "kontaktes", "kontakta",
		"kontaktar", "contact", "vend", "vende", "vender", "foelg", "folg", "foelge", "folge",
		"foelger", "folger", "opfoelgning", "opfolgning", "opfoelg", "followup", "follow", "try",
		"proev", "prov", "proeve", "prove", "igen", "again", "tilbage", "back", "retry", "reach",
		"check", "touch", "anrufen", "zurueckrufen", "zuruckrufen", "melden", "melde", "meld",
		"wieder", "nochmal", "erneut", "aaterkom", "aaterkomma", "aaterkommer", "rufen", "kontaktieren",
		"recall", "fu", "cb", "rueckruf", "ruckruf", "anruf", "wiedervorlage", "nachfassen", "hoer", "hor",
		"opringning", "ringetid", "genopringning", "reminder", "paamindelse", "tjek",
		"ringning", "samtale", "snakke", "tale", "talk", "speak", "chat", "pinge", "ping")
	b.add(lex{flags: fCue | fContract}, "udloeber", "udlober", "expires", "expire", "expiring", "ends",
		"runs", "kontrakt", "kontrakten", "kontrakter", "aftale", "aftalen", "contract", "agreement",
		"binding", "bindingsperiode", "bindingsperioden", "fornyelse", "renewal", "avtal", "avtalet",
		"avtalen", "vertrag", "slutter", "ophoerer", "loeber", "udgaar", "expiry", "renew",
		"fornyes", "opsigelse", "opsiges", "leverandoer", "leverandor", "supplier")
	b.add(lex{flags: fCue | fCallback}, "calling", "trying", "kal", "kalender", "kalenderen", "calendar")
}

// addModifiers adds the words that change what a time means: past,
// negated, habitual, a person rather than a month.
func addModifiers(b lexBuilder) {
	b.add(lex{flags: fGrab}, "fat", "hold", "snakke", "tale", "talk", "speak", "spoke", "talte")
	b.add(lex{flags: fTo}, "til", "to")
	b.add(lex{flags: fPerson}, "med", "with", "hos", "reach", "videre", "send", "sender", "sendt", "skriv",
		"skriver", "mail", "sms", "tale", "snak", "snakke", "talk", "speak", "spoke", "ask", "asked", "bede",
		"give", "giver", "besked", "try", "trying", "ring", "ringe", "ringer", "call",
		"calling", "calls", "contact", "kontakt", "kontakte", "kontakter", "kontakta", "anrufen")
	b.add(lex{flags: fXmasBefore}, "i", "til", "foer", "inden", "op", "over", "efter", "fra", "mellem",
		"omkring", "god", "glaedelig", "merry", "happy", "til", "siden", "sidste", "naeste", "denne", "hele")
	b.add(lex{flags: fPast}, "sidste", "forrige", "last", "past", "previous", "foerra", "forra",
		"letzte", "letzten", "letzter", "letztes", "vorige", "vorigen", "voriges", "siden", "since",
		"sedan", "seit", "fjor", "ifjor", "ago", "sidan", "tidligere", "earlier", "yesterday", "igaar")
	b.add(lex{flags: fNeg}, "ikke", "not", "inte", "ikkje", "nicht", "never", "aldrig", "aldri", "nie",
		"ej", "kein", "keine")
	b.add(lex{flags: fNegBreak}, "foer", "before", "until", "inden", "innan", "vor", "bis", "till",
		"tidligst", "earliest", "first", "foerst", "forst", "indtil")
	b.add(lex{flags: fHabit}, "hver", "every", "alle", "jeden", "jede", "varje", "each",
		"typically", "typisk", "normalt", "normally", "usually", "plejer", "altid", "always")
	b.add(lex{flags: fGerman}, "bis", "ab", "sie", "wir", "ich", "uns", "mich", "erst", "dann", "auf",
		"frueh", "fruh", "vormittag", "nachmittag", "wieder", "nochmal", "anrufen", "zurueckrufen",
		"melden", "erneut", "rufen", "melde", "gerne", "bitte", "frueh", "abend", "mittag")
}

// addNoise adds the words around numbers that are not dates: prices,
// amounts, phone numbers, ids and counts.
func addNoise(b lexBuilder) {
	b.add(lex{flags: fNoDate | fAbbr}, "kr", "dkk", "sek", "nok", "eur", "usd", "nr", "tlf", "tel",
		"telefon", "telefonnr", "mobil", "mob", "phone", "ph", "version", "ver", "id", "ordre", "order",
		"faktura", "invoice", "sag", "sagsnr", "case", "ticket", "ref", "konto", "cvr", "pris", "price",
		"kundenr", "postnr", "ext", "lokal", "no", "nummer", "number", "num", "pos", "vej", "gade",
		"rev", "build", "release", "iso", "model", "str", "size", "ip", "ordrenr", "fakturanr", "tlfnr",
		"mobilnr", "vers", "euro")
	b.add(lex{flags: fUnit}, "mio", "mill", "million", "millioner", "millionen", "millions", "mia", "mrd",
		"milliard", "milliarder", "kr", "dkk", "sek", "nok", "eur", "euro", "usd", "kroner", "kronor",
		"procent", "pct", "percent", "prozent", "min", "minutter", "minutes", "mins", "kg", "km",
		"gb", "tb", "mb", "stk", "gange", "times", "liter", "ansatte", "medarbejdere", "employees",
		"ansatta", "licenser", "licenses", "licens", "license", "brugere", "users", "pers", "personer",
		"people", "mand", "del", "dele", "parts", "part", "stjerner", "stars", "point", "points",
		"sider", "pages", "timepris", "pr", "per", "moms", "ex", "excl", "inkl", "incl", "k", "t", "m",
		"mb", "mbit", "gbit", "sal", "etage", "sek", "sekunder", "seconds", "x")
}
