window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "hillsandloaves@proton.me",
      "createdVia" : "web",
      "username" : "hills_and_loaves",
      "accountId" : "1248913682338896401",
      "createdAt" : "2020-04-11T10:00:52.000Z",
      "accountDisplayName" : "Sam R"
    }
  }
]