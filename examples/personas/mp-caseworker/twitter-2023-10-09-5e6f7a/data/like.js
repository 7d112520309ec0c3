window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1708089306638379953",
      "fullText" : "Caseworkers are the unsung heroes of Parliament. Thank you all 👏",
      "expandedUrl" : "https://twitter.com/i/web/status/1708089306638379953"
    }
  },
  {
    "like" : {
      "tweetId" : "1686708423824197385",
      "fullText" : "Bristol Harbourside at sunset never gets old",
      "expandedUrl" : "https://twitter.com/i/web/status/1686708423824197385"
    }
  },
  {
    "like" : {
      "tweetId" : "1668226641563256514",
      "fullText" : "Week 6 of half marathon training. Who else is suffering?",
      "expandedUrl" : "https://twitter.com/i/web/status/1668226641563256514"
    }
  },
  {
    "like" : {
      "tweetId" : "1630900692907525606",
      "fullText" : "MPs' staff: the new IPSA guidance on office budgets is out",
      "expandedUrl" : "https://twitter.com/i/web/status/1630900692907525606"
    }
  }
]