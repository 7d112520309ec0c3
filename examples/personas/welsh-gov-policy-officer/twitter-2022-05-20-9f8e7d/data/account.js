window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "elin.rhys@outlook.com",
      "createdVia" : "web",
      "username" : "elin_rhys_",
      "accountId" : "829434629742368703",
      "createdAt" : "2017-02-08T21:00:44.000Z",
      "accountDisplayName" : "Elin Rhys 🏴󠁧󠁢󠁷󠁬󠁳󠁿"
    }
  }
]