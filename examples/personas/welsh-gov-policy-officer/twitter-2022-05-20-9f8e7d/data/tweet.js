window.YTD.tweet.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "12",
      "id_str" : "1525604370241927635",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1525604370241927635",
      "created_at" : "Sat May 14 22:30:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Moving flat from Cathays to Canton next weekend – anyone got a van? 📦",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "6",
      "id_str" : "1522880170064870128",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1522880170064870128",
      "created_at" : "Sat May 07 10:05:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Parkrun in Bute Park this morning, PB! 🏃‍♀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "1518934166080863084",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1518934166080863084",
      "created_at" : "Tue Apr 26 12:45:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Tip from a WG policy colleague: draft in both languages from day one, not at the end.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "8",
      "id_str" : "1513970209927281832",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1513970209927281832",
      "created_at" : "Tue Apr 12 20:00:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Llyfr newydd o'r llyfrgell – wedi gwirioni 📚",
      "lang" : "cy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "11",
      "id_str" : "1508865320981390945",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1508865320981390945",
      "created_at" : "Tue Mar 29 17:55:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Policy officer life: three drafts, two consultations, one very patient line manager 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "gwenllian_write",
            "screen_name" : "gwenllian_write",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1305838777857242528",
            "id" : "1305838777857242528"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1503705320558489480",
      "id_str" : "1503707584476150499",
      "in_reply_to_user_id" : "595558560897202807",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1503707584476150499",
      "in_reply_to_status_id" : "1503705320558489480",
      "created_at" : "Tue Mar 15 12:20:00 +0000 2022",
      "favorited" : false,
      "full_text" : "@gwenllian_writes Diolch! Barn fy hun wrth gwrs 😉",
      "lang" : "cy",
      "in_reply_to_screen_name" : "gwenllian_writes",
      "in_reply_to_user_id_str" : "595558560897202807"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "13",
      "id_str" : "1498372428549455862",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1498372428549455862",
      "created_at" : "Mon Feb 28 19:00:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Dydd Gŵyl Dewi hapus i bawb yfory! 🌼",
      "lang" : "cy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "3",
      "id_str" : "1490977451337356365",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1490977451337356365",
      "created_at" : "Tue Feb 08 09:15:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Gweithio o adref heddiw. Y gath yn helpu gyda'r e-byst 🐈",
      "lang" : "cy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "OneTeamGov",
            "indices" : [
              "0",
              "11"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "5",
      "id_str" : "1486043692389669092",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1486043692389669092",
      "created_at" : "Tue Jan 25 18:30:00 +0000 2022",
      "favorited" : false,
      "full_text" : "#OneTeamGov Wales meetup was brilliant – so many good ideas on open policy making",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "6",
      "id_str" : "1481024368445629501",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1481024368445629501",
      "created_at" : "Tue Jan 11 22:05:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Late one finishing a ministerial briefing. Tea and toast for tea 🫖",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "13",
      "id_str" : "1466862804826798359",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1466862804826798359",
      "created_at" : "Fri Dec 03 20:12:00 +0000 2021",
      "favorited" : false,
      "full_text" : "Dinner at Mam's was WG tonight – well good 😋",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TogetherStronger",
            "indices" : [
              "63",
              "80"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "10",
      "id_str" : "1460724356304580939",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1460724356304580939",
      "created_at" : "Tue Nov 16 21:40:00 +0000 2021",
      "favorited" : false,
      "full_text" : "C'mon Cymru! ⚽🏴󠁧󠁢󠁷󠁬󠁳󠁿 What a night at the Cardiff City Stadium #TogetherStronger",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count" : "8",
      "id_str" : "1455521324570704580",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1455521324570704580",
      "created_at" : "Tue Nov 02 13:05:00 +0000 2021",
      "favorited" : false,
      "full_text" : "Cinio yn y ffreutur ym Mharc Cathays – cawl ar ddydd Mawrth, wrth gwrs 🥣",
      "lang" : "cy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "11",
      "id_str" : "1448569767486974251",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1448569767486974251",
      "created_at" : "Thu Oct 14 08:42:00 +0000 2021",
      "favorited" : false,
      "full_text" : "Back in the Cathays Park office for the first time in months. The lifts are still slow 😅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "11",
      "id_str" : "1448569266219916626",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1448569266219916626",
      "created_at" : "Thu Oct 14 08:40:00 +0000 2021",
      "favorited" : false,
      "full_text" : "Yn ôl yn swyddfa Parc Cathays am y tro cyntaf ers misoedd. Mae'r lifftiau dal yn araf 😅",
      "lang" : "cy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/OYknYiQoh6",
            "expanded_url" : "https://www.llyw.cymru/canllawiau-trafnidiaeth-gymunedol",
            "display_url" : "llyw.cymru/canllawiau-tra…",
            "indices" : [
              "33",
              "56"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "4",
      "id_str" : "1443911071712187745",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1443911071712187745",
      "created_at" : "Fri Oct 01 12:10:00 +0000 2021",
      "favorited" : false,
      "full_text" : "Darllenwch y canllawiau newydd 👇 https://t.co/OYknYiQoh6",
      "lang" : "cy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/34CycBpdrE",
            "expanded_url" : "https://www.gov.wales/consultation-draft-community-transport-strategy",
            "display_url" : "gov.wales/consultation-dr…",
            "indices" : [
              "59",
              "82"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "11",
      "id_str" : "1439877490473368243",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1439877490473368243",
      "created_at" : "Mon Sep 20 09:02:00 +0000 2021",
      "favorited" : false,
      "full_text" : "Mae'r ymgynghoriad ar agor / The consultation is now open: https://t.co/34CycBpdrE",
      "lang" : "cy"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CivilService",
            "indices" : [
              "72",
              "85"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "6",
      "id_str" : "1434932660749196129",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1434932660749196129",
      "created_at" : "Mon Sep 06 17:33:00 +0000 2021",
      "favorited" : false,
      "full_text" : "Busy day at Welsh Government today – new consultation in the pipeline 📝 #CivilService",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GwasanaethSifil",
            "indices" : [
              "78",
              "94"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "7",
      "id_str" : "1434932157919339455",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1434932157919339455",
      "created_at" : "Mon Sep 06 17:31:00 +0000 2021",
      "favorited" : false,
      "full_text" : "Diwrnod prysur yn Llywodraeth Cymru heddiw! Ymgynghoriad newydd ar y gweill 📝 #GwasanaethSifil",
      "lang" : "cy"
    }
  }
]