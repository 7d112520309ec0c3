window.YTD.screen_name_change.part0 = [
  {
    "screenNameChange" : {
      "accountId" : "1102297591143635138",
      "screenNameChange" : {
        "changedAt" : "2020-07-12T21:04:33.000Z",
        "changedFrom" : "bethcarrow_walks",
        "changedTo" : "quietcoastwalker"
      }
    }
  }
]