window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1725974657802140538"
          ],
          "editableUntil" : "2023-11-18T21:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "3",
      "id_str" : "1725974657802140538",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1725974657802140538",
      "created_at" : "Sat Nov 18 20:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Book club picked a 700-page novel. Wish me luck",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1713147638897099780"
          ],
          "editableUntil" : "2023-10-14T11:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "2",
      "id_str" : "1713147638897099780",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1713147638897099780",
      "created_at" : "Sat Oct 14 11:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Autumn leaves and a flask of soup. Nothing better 🍂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1703076276094192320"
          ],
          "editableUntil" : "2023-09-16T16:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "3",
      "id_str" : "1703076276094192320",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1703076276094192320",
      "created_at" : "Sat Sep 16 16:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Sourdough attempt #4. It's edible! 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1695503879716417060"
          ],
          "editableUntil" : "2023-08-26T19:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "7",
      "id_str" : "1695503879716417060",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1695503879716417060",
      "created_at" : "Sat Aug 26 18:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "C'mon Cymru! ⚽ What a finish",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1687810687159048797"
          ],
          "editableUntil" : "2023-08-05T13:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "11",
      "id_str" : "1687810687159048797",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1687810687159048797",
      "created_at" : "Sat Aug 05 13:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Tidied the house, baked, read 80 pages. Peak Saturday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1682827852185532966"
          ],
          "editableUntil" : "2023-07-22T19:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "1",
      "id_str" : "1682827852185532966",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1682827852185532966",
      "created_at" : "Sat Jul 22 19:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Dinner was WG – well good. Dal with extra ginger 🍛",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1677734290388251661"
          ],
          "editableUntil" : "2023-07-08T18:10:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "1",
      "id_str" : "1677734290388251661",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1677734290388251661",
      "created_at" : "Sat Jul 08 17:40:00 +0000 2023",
      "favorited" : false,
      "full_text" : "GP surgery rang back within the hour. A miracle.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1672575296458615624"
          ],
          "editableUntil" : "2023-06-24T12:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "4",
      "id_str" : "1672575296458615624",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1672575296458615624",
      "created_at" : "Sat Jun 24 12:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Old laptop died. New PC fund starts now 💸",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1665012969283455534"
          ],
          "editableUntil" : "2023-06-03T15:40:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "5",
      "id_str" : "1665012969283455534",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1665012969283455534",
      "created_at" : "Sat Jun 03 15:10:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Finally saw Constable's Hay Wain in person at the National Gallery 🎨",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1660035166511718201"
          ],
          "editableUntil" : "2023-05-20T22:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "10",
      "id_str" : "1660035166511718201",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1660035166511718201",
      "created_at" : "Sat May 20 21:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Rewatched Line of Duty. Ted Hastings remains the best thing on television",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1654750343498886503"
          ],
          "editableUntil" : "2023-05-06T08:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "8",
      "id_str" : "1654750343498886503",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1654750343498886503",
      "created_at" : "Sat May 06 07:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Summit before the crowds. Cold hands, happy heart ⛰️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1652402373832863959"
          ],
          "editableUntil" : "2023-04-29T20:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TBR",
            "indices" : [
              "0",
              "4"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "9",
      "id_str" : "1652402373832863959",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1652402373832863959",
      "created_at" : "Sat Apr 29 20:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "#TBR pile is getting silly. Send help, or more shelves 📚",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1647167883459996378"
          ],
          "editableUntil" : "2023-04-15T09:50:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "9",
      "id_str" : "1647167883459996378",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1647167883459996378",
      "created_at" : "Sat Apr 15 09:20:00 +0000 2023",
      "favorited" : false,
      "full_text" : "The Blue Line train was late again (holiday in Lisbon, no complaints) ☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1639628200995200529"
          ],
          "editableUntil" : "2023-03-25T14:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "13",
      "id_str" : "1639628200995200529",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1639628200995200529",
      "created_at" : "Sat Mar 25 14:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Home office desk setup finally done. Monitor arm is a game changer 🖥️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634501921514292418"
          ],
          "editableUntil" : "2023-03-11T11:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/QHR515LbuC",
            "expanded_url" : "https://www.gov.uk/renew-adult-passport",
            "display_url" : "gov.uk/renew-adult-passpo…",
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
      "favorite_count" : "5",
      "id_str" : "1634501921514292418",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1634501921514292418",
      "created_at" : "Sat Mar 11 10:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Renewing my passport before the summer rush: https://t.co/QHR515LbuC",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1632078453022627140"
          ],
          "editableUntil" : "2023-03-04T18:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "5",
      "id_str" : "1632078453022627140",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1632078453022627140",
      "created_at" : "Sat Mar 04 18:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Finished The Secret History. I need to lie down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1626854029752917917"
          ],
          "editableUntil" : "2023-02-18T08:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "12",
      "id_str" : "1626854029752917917",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1626854029752917917",
      "created_at" : "Sat Feb 18 08:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Met Office says rain all weekend. Of course it does. Sourdough day then 🍞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1621942916679545409"
          ],
          "editableUntil" : "2023-02-04T19:15:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "13",
      "id_str" : "1621942916679545409",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1621942916679545409",
      "created_at" : "Sat Feb 04 18:45:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Painted the hallway. There's now a thin blue line of paint on the ceiling where I slipped 🙃",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1616835513591290613"
          ],
          "editableUntil" : "2023-01-21T17:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
      "favorite_count" : "1",
      "id_str" : "1616835513591290613",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1616835513591290613",
      "created_at" : "Sat Jan 21 16:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "New policies at the library: you can now borrow 12 books at once. Dangerous. 📚",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611679037110512454"
          ],
          "editableUntil" : "2023-01-07T11:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "0",
      "id_str" : "1611679037110512454",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611679037110512454",
      "created_at" : "Sat Jan 07 11:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Met my sister for coffee. She's finally moving back from Leeds 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1609489608909901651"
          ],
          "editableUntil" : "2023-01-01T10:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "1609489608909901651",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1609489608909901651",
      "created_at" : "Sun Jan 01 10:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "New year, new walking boots 🥾",
      "lang" : "en"
    }
  }
]