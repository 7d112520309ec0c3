window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "bethan.carrow@outlook.com",
      "createdVia" : "web",
      "username" : "quietcoastwalker",
      "accountId" : "1102297591143635138",
      "createdAt" : "2019-03-03T20:00:17.000Z",
      "accountDisplayName" : "Coast Walker 🌊"
    }
  }
]