window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1746230631985382962"
          ],
          "editableUntil" : "2024-01-13T18:30:00.000Z",
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
        "54"
      ],
      "favorite_count" : "11",
      "id_str" : "1746230631985382962",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1746230631985382962",
      "created_at" : "Sat Jan 13 18:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Long week. Glad it's the weekend; the coast is calling",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1741099318039611123"
          ],
          "editableUntil" : "2023-12-30T14:40:00.000Z",
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
        "61"
      ],
      "favorite_count" : "1",
      "id_str" : "1741099318039611123",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1741099318039611123",
      "created_at" : "Sat Dec 30 14:10:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Year total: 212 miles of coast path. Happy new year walkers 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1728450977161684851"
          ],
          "editableUntil" : "2023-11-25T17:00:00.000Z",
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
        "81"
      ],
      "favorite_count" : "12",
      "id_str" : "1728450977161684851",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1728450977161684851",
      "created_at" : "Sat Nov 25 16:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Short one: Saundersfoot and back before dark. Winter walking is a different sport",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1715774949448280345"
          ],
          "editableUntil" : "2023-10-21T17:30:00.000Z",
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
        "57"
      ],
      "favorite_count" : "5",
      "id_str" : "1715774949448280345",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1715774949448280345",
      "created_at" : "Sat Oct 21 17:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Storm cancelled the walk. Tea, map, next month's plan ☕🗺️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700594927142237771"
          ],
          "editableUntil" : "2023-09-09T20:10:00.000Z",
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
        "54"
      ],
      "favorite_count" : "13",
      "id_str" : "1700594927142237771",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700594927142237771",
      "created_at" : "Sat Sep 09 19:40:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Stackpole to Barafundle. Busy, but that water though 💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1692914317766173708"
          ],
          "editableUntil" : "2023-08-19T15:30:00.000Z",
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
        "40"
      ],
      "favorite_count" : "3",
      "id_str" : "1692914317766173708",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1692914317766173708",
      "created_at" : "Sat Aug 19 15:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Rest weekend. Foot blisters are winning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1677744357073410444"
          ],
          "editableUntil" : "2023-07-08T18:50:00.000Z",
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
        "57"
      ],
      "favorite_count" : "1",
      "id_str" : "1677744357073410444",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1677744357073410444",
      "created_at" : "Sat Jul 08 18:20:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Red kites over the estuary this evening. Counted eleven 🪶",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1670160635030770233"
          ],
          "editableUntil" : "2023-06-17T20:35:00.000Z",
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
        "67"
      ],
      "favorite_count" : "6",
      "id_str" : "1670160635030770233",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1670160635030770233",
      "created_at" : "Sat Jun 17 20:05:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Amroth to Tenby. Hardest 7 miles of the whole path so far, worth it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1662500160352034124"
          ],
          "editableUntil" : "2023-05-27T17:15:00.000Z",
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
        "67"
      ],
      "favorite_count" : "13",
      "id_str" : "1662500160352034124",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1662500160352034124",
      "created_at" : "Sat May 27 16:45:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Burry Port lighthouse for lunch, Pembrey forest for the afternoon 🌲",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1654926504004649241"
          ],
          "editableUntil" : "2023-05-06T19:40:00.000Z",
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
        "78"
      ],
      "favorite_count" : "4",
      "id_str" : "1654926504004649241",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1654926504004649241",
      "created_at" : "Sat May 06 19:10:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Ferryside to Kidwelly, mostly in the rain. Boots now officially not waterproof",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1647291193681427957"
          ],
          "editableUntil" : "2023-04-15T18:00:00.000Z",
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
        "62"
      ],
      "favorite_count" : "9",
      "id_str" : "1647291193681427957",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1647291193681427957",
      "created_at" : "Sat Apr 15 17:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Llansteffan at low tide. The castle looks like it's floating ✨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1642225314461100131"
          ],
          "editableUntil" : "2023-04-01T18:30:00.000Z",
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
        "96"
      ],
      "favorite_count" : "9",
      "id_str" : "1642225314461100131",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1642225314461100131",
      "created_at" : "Sat Apr 01 18:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Day 1 of the Carmarthenshire section: Pendine to Laugharne. Sun, wind, one very confused sheep 🐑",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1632116203976814718"
          ],
          "editableUntil" : "2023-03-04T21:00:00.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/ZmjuPprBU6",
            "expanded_url" : "https://www.linkedin.com/in/bethan-carrow-7c1e42",
            "display_url" : "linkedin.com/in/bethan-ca…",
            "indices" : [
              "56",
              "79"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "2",
      "id_str" : "1632116203976814718",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1632116203976814718",
      "created_at" : "Sat Mar 04 20:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "A few people asked who's behind the boots. Fair enough: https://t.co/ZmjuPprBU6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1624332411010835372"
          ],
          "editableUntil" : "2023-02-11T09:30:00.000Z",
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
        "75"
      ],
      "favorite_count" : "10",
      "id_str" : "1624332411010835372",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1624332411010835372",
      "created_at" : "Sat Feb 11 09:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "The Met Office says gales on the coast today, so it's a cake-and-maps day 🍰",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1591506110865210611"
          ],
          "editableUntil" : "2022-11-12T19:30:00.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/At6re4nWl3",
            "expanded_url" : "https://social.example/@quietcoastwalker",
            "display_url" : "social.example/@quietcoas…",
            "indices" : [
              "45",
              "68"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "1",
      "id_str" : "1591506110865210611",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1591506110865210611",
      "created_at" : "Sat Nov 12 19:00:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Posting most walks over on Mastodon now too: https://t.co/At6re4nWl3",
      "lang" : "en"
    }
  }
]