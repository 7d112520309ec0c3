window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "980776863539032372",
      "userLink" : "https://twitter.com/intent/user?user_id=980776863539032372"
    }
  },
  {
    "follower" : {
      "accountId" : "774215778098153984",
      "userLink" : "https://twitter.com/intent/user?user_id=774215778098153984"
    }
  },
  {
    "follower" : {
      "accountId" : "1300684344659360037",
      "userLink" : "https://twitter.com/intent/user?user_id=1300684344659360037"
    }
  },
  {
    "follower" : {
      "accountId" : "1345115362481448199",
      "userLink" : "https://twitter.com/intent/user?user_id=1345115362481448199"
    }
  },
  {
    "follower" : {
      "accountId" : "1483719246129091535",
      "userLink" : "https://twitter.com/intent/user?user_id=1483719246129091535"
    }
  },
  {
    "follower" : {
      "accountId" : "1211785166431799591",
      "userLink" : "https://twitter.com/intent/user?user_id=1211785166431799591"
    }
  },
  {
    "follower" : {
      "accountId" : "885101733496623286",
      "userLink" : "https://twitter.com/intent/user?user_id=885101733496623286"
    }
  }
]