window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "daf.morrow88@gmail.com",
      "createdVia" : "web",
      "username" : "daf_morrow88",
      "accountId" : "742811600480526896",
      "createdAt" : "2016-06-14T20:11:05.000Z",
      "accountDisplayName" : "Daf Morrow"
    }
  }
]