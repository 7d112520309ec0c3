window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "megan.aldridge@parliament.uk",
      "createdVia" : "web",
      "username" : "meg_aldridge",
      "accountId" : "954805730615895434",
      "createdAt" : "2018-01-20T20:00:03.000Z",
      "accountDisplayName" : "Meg Aldridge"
    }
  }
]