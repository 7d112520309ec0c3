window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1761423740236737119"
          ],
          "editableUntil" : "2024-02-24T17:12:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "4",
      "id_str" : "1761423740236737119",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1761423740236737119",
      "created_at" : "Sat Feb 24 16:12:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Cloud inversion over the valley this morning. Worth the 5am start.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1756302746710977119"
          ],
          "editableUntil" : "2024-02-10T14:03:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "4",
      "id_str" : "1756302746710977119",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1756302746710977119",
      "created_at" : "Sat Feb 10 13:03:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Boots finally dry after last weekend. Pen y Fan again next month?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1751315383710657119"
          ],
          "editableUntil" : "2024-01-27T19:45:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "4",
      "id_str" : "1751315383710657119",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1751315383710657119",
      "created_at" : "Sat Jan 27 18:45:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Anyone know if the ridge path above the reservoir is open after the storm?",
      "lang" : "en"
    }
  }
]