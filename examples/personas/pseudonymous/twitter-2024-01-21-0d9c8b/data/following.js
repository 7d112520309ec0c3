window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1245080255835471055",
      "userLink" : "https://twitter.com/intent/user?user_id=1245080255835471055"
    }
  },
  {
    "following" : {
      "accountId" : "1443933020609086190",
      "userLink" : "https://twitter.com/intent/user?user_id=1443933020609086190"
    }
  },
  {
    "following" : {
      "accountId" : "612443065880910991",
      "userLink" : "https://twitter.com/intent/user?user_id=612443065880910991"
    }
  },
  {
    "following" : {
      "accountId" : "170609559206989462",
      "userLink" : "https://twitter.com/intent/user?user_id=170609559206989462"
    }
  },
  {
    "following" : {
      "accountId" : "1015058895708044557",
      "userLink" : "https://twitter.com/intent/user?user_id=1015058895708044557"
    }
  },
  {
    "following" : {
      "accountId" : "863262998446696435",
      "userLink" : "https://twitter.com/intent/user?user_id=863262998446696435"
    }
  },
  {
    "following" : {
      "accountId" : "1032918943551243033",
      "userLink" : "https://twitter.com/intent/user?user_id=1032918943551243033"
    }
  },
  {
    "following" : {
      "accountId" : "669352465095394706",
      "userLink" : "https://twitter.com/intent/user?user_id=669352465095394706"
    }
  }
]