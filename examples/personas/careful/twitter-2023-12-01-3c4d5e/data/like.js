window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1720048107510035723",
      "fullText" : "Best bread flour for a beginner? Asking for me.",
      "expandedUrl" : "https://twitter.com/i/web/status/1720048107510035723"
    }
  },
  {
    "like" : {
      "tweetId" : "1693231404445228939",
      "fullText" : "Book recommendations for a long train journey, go 📚",
      "expandedUrl" : "https://twitter.com/i/web/status/1693231404445228939"
    }
  },
  {
    "like" : {
      "tweetId" : "1655180680405548454",
      "fullText" : "Sunrise from the summit this morning ⛰️",
      "expandedUrl" : "https://twitter.com/i/web/status/1655180680405548454"
    }
  }
]