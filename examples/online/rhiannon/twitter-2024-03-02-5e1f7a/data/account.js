window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "fforddfach@proton.me",
      "createdVia" : "web",
      "username" : "ffordd_fach",
      "accountId" : "1432771186020376577",
      "createdAt" : "2021-08-31T20:05:11.000Z",
      "accountDisplayName" : "Ffordd Fach"
    }
  }
]