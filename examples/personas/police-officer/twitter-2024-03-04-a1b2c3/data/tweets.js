window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1761345223033948974"
          ],
          "editableUntil" : "2024-02-24T11:30:00.000Z",
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
        "48"
      ],
      "favorite_count" : "5",
      "id_str" : "1761345223033948974",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1761345223033948974",
      "created_at" : "Sat Feb 24 11:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Coffee number four. It's that kind of rest day ☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1753692297828354614"
          ],
          "editableUntil" : "2024-02-03T08:40:00.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1753692297828354614",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1753692297828354614",
      "created_at" : "Sat Feb 03 08:10:00 +0000 2024",
      "favorited" : false,
      "full_text" : "18 months on independent patrol and I still love it. Best team in Cardiff 🚓",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1746230631148087250"
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
        "60"
      ],
      "favorite_count" : "10",
      "id_str" : "1746230631148087250",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1746230631148087250",
      "created_at" : "Sat Jan 13 18:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Sunday roast at Mam's in Bridgend. Best in Wales, don't @ me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1731032991170828281"
          ],
          "editableUntil" : "2023-12-02T20:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bethan W 🏃‍♀️",
            "screen_name" : "bethanw_runs",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "980776863539032372",
            "id" : "980776863539032372"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1731028712890634517",
      "id_str" : "1731032991170828281",
      "in_reply_to_user_id" : "980776863539032372",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1731032991170828281",
      "in_reply_to_status_id" : "1731028712890634517",
      "created_at" : "Sat Dec 02 19:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@bethanw_runs congrats!! 🎉 pint on me next rest day",
      "lang" : "en",
      "in_reply_to_screen_name" : "bethanw_runs",
      "in_reply_to_user_id_str" : "980776863539032372"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1721222094332045249"
          ],
          "editableUntil" : "2023-11-05T18:15:00.000Z",
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
        "52"
      ],
      "favorite_count" : "7",
      "id_str" : "1721222094332045249",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1721222094332045249",
      "created_at" : "Sun Nov 05 17:45:00 +0000 2023",
      "favorited" : false,
      "full_text" : "PC Morrow on nights for bonfire night. Pray for us 🎆",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1713287309322222138"
          ],
          "editableUntil" : "2023-10-14T20:45:00.000Z",
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
        "89"
      ],
      "favorite_count" : "13",
      "id_str" : "1713287309322222138",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1713287309322222138",
      "created_at" : "Sat Oct 14 20:15:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Anyone recommend a decent cover for body armour? Mine's falling apart after three winters",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1700479163445944608"
          ],
          "editableUntil" : "2023-09-09T12:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bethan W 🏃‍♀️",
            "screen_name" : "bethanw_runs",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "980776863539032372",
            "id" : "980776863539032372"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "1700479163445944608",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1700479163445944608",
      "created_at" : "Sat Sep 09 12:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @bethanw_runs: Half marathon done! Thanks to everyone who sponsored me for the Police Dependants' Trust 💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1690287005118697194"
          ],
          "editableUntil" : "2023-08-12T09:30:00.000Z",
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
        "50"
      ],
      "favorite_count" : "7",
      "id_str" : "1690287005118697194",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1690287005118697194",
      "place" : {
        "attributes" : { },
        "bounding_box" : {
          "coordinates" : [
            [
              [
                -4.7,
                53.12
              ],
              [
                -4.03,
                53.12
              ],
              [
                -4.03,
                53.43
              ],
              [
                -4.7,
                53.43
              ]
            ]
          ],
          "type" : "Polygon"
        },
        "country" : "United Kingdom",
        "country_code" : "GB",
        "full_name" : "Isle of Anglesey, Wales",
        "id" : "983f7bf469c329a4",
        "name" : "Isle of Anglesey",
        "place_type" : "admin",
        "url" : "https://api.twitter.com/1.1/geo/id/983f7bf469c329a4.json"
      },
      "created_at" : "Sat Aug 12 09:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Ynys Môn for a week with the family ☀️ Phones off.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1682875667322100518"
          ],
          "editableUntil" : "2023-07-22T22:40:00.000Z",
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
        "70"
      ],
      "favorite_count" : "1",
      "id_str" : "1682875667322100518",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1682875667322100518",
      "created_at" : "Sat Jul 22 22:10:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Finished my last PEQF assignment!! Degree done alongside the day job 🎓",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1675249165948204475"
          ],
          "editableUntil" : "2023-07-01T21:35:00.000Z",
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
        "64"
      ],
      "favorite_count" : "0",
      "id_str" : "1675249165948204475",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1675249165948204475",
      "created_at" : "Sat Jul 01 21:05:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Cardiff Rugby (still the Blues to me) at the Arms Park tonight 💙",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1667431402990943152"
          ],
          "editableUntil" : "2023-06-10T07:50:00.000Z",
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
        "102"
      ],
      "favorite_count" : "5",
      "id_str" : "1667431402990943152",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1667431402990943152",
      "created_at" : "Sat Jun 10 07:20:00 +0000 2023",
      "favorited" : false,
      "full_text" : "New policies at the gym: no phones on the gym floor and you have to wipe down the benches. About time.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1659962187667227497"
          ],
          "editableUntil" : "2023-05-20T17:10:00.000Z",
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
        "urls" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/daf_morrow88/status/1659962187667227497/photo/1",
            "indices" : [
              "39",
              "62"
            ],
            "url" : "https://t.co/YcJkkB7s2L",
            "media_url" : "http://pbs.twimg.com/media/cSRtgo5pv2YvnNS.jpg",
            "id_str" : "1659962018153444204",
            "id" : "1659962018153444204",
            "media_url_https" : "https://pbs.twimg.com/media/cSRtgo5pv2YvnNS.jpg",
            "sizes" : {
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/YcJkkB7s2L"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "1",
      "id_str" : "1659962187667227497",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1659962187667227497",
      "possibly_sensitive" : false,
      "created_at" : "Sat May 20 16:40:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Bramble's first swim at Barry Island 🐾 https://t.co/YcJkkB7s2L",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/daf_morrow88/status/1659962187667227497/photo/1",
            "indices" : [
              "39",
              "62"
            ],
            "url" : "https://t.co/YcJkkB7s2L",
            "media_url" : "http://pbs.twimg.com/media/cSRtgo5pv2YvnNS.jpg",
            "id_str" : "1659962018153444204",
            "id" : "1659962018153444204",
            "media_url_https" : "https://pbs.twimg.com/media/cSRtgo5pv2YvnNS.jpg",
            "sizes" : {
              "medium" : {
                "w" : "1200",
                "h" : "900",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "2048",
                "h" : "1536",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/YcJkkB7s2L"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1654765445408032440"
          ],
          "editableUntil" : "2023-05-06T09:00:00.000Z",
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
        "60"
      ],
      "favorite_count" : "12",
      "id_str" : "1654765445408032440",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1654765445408032440",
      "created_at" : "Sat May 06 08:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Happy birthday to me 🎂 35 today and feeling every year of it",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1647177947239778759"
          ],
          "editableUntil" : "2023-04-15T10:30:00.000Z",
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
        "80"
      ],
      "favorite_count" : "11",
      "id_str" : "1647177947239778759",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1647177947239778759",
      "created_at" : "Sat Apr 15 10:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Working from my home office today sorting the house admin. Bramble supervising 🐕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1641302984359678842"
          ],
          "editableUntil" : "2023-03-30T05:25:00.000Z",
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
        "45"
      ],
      "favorite_count" : "0",
      "id_str" : "1641302984359678842",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1641302984359678842",
      "created_at" : "Thu Mar 30 04:55:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Custody was rammed tonight. Home, toast, bed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634547221364789437"
          ],
          "editableUntil" : "2023-03-11T14:00:00.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1634547221364789437",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1634547221364789437",
      "created_at" : "Sat Mar 11 13:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Blue light discount at the garden centre, cheers! 🌱",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1626870384594934159"
          ],
          "editableUntil" : "2023-02-18T09:35:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ProtectTheProtectors",
            "indices" : [
              "84",
              "105"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Police Federation",
            "screen_name" : "PolFed",
            "indices" : [
              "76",
              "83"
            ],
            "id_str" : "1190000000000000202",
            "id" : "1190000000000000202"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "5",
      "id_str" : "1626870384594934159",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1626870384594934159",
      "created_at" : "Sat Feb 18 09:05:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Another colleague assaulted on shift last night. It is not part of the job. @PolFed #ProtectTheProtectors",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1621888811335579489"
          ],
          "editableUntil" : "2023-02-04T15:40:00.000Z",
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
        "68"
      ],
      "favorite_count" : "0",
      "id_str" : "1621888811335579489",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1621888811335579489",
      "created_at" : "Sat Feb 04 15:10:00 +0000 2023",
      "favorited" : false,
      "full_text" : "The Blue Line train was late again. Chicago in February is no joke 🥶",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1616763790972150832"
          ],
          "editableUntil" : "2023-01-21T12:15:00.000Z",
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
            "url" : "https://t.co/imTPjYii0R",
            "expanded_url" : "https://www.south-wales.police.uk/careers/police-constable/",
            "display_url" : "south-wales.police.uk/car…",
            "indices" : [
              "97",
              "120"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "10",
      "id_str" : "1616763790972150832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1616763790972150832",
      "created_at" : "Sat Jan 21 11:45:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Thinking of joining? Applications for police constable are open now. Best decision I ever made 👇 https://t.co/imTPjYii0R",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1612162721540260265"
          ],
          "editableUntil" : "2023-01-08T19:32:00.000Z",
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
        "45"
      ],
      "favorite_count" : "1",
      "id_str" : "1612162721540260265",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1612162721540260265",
      "created_at" : "Sun Jan 08 19:02:00 +0000 2023",
      "favorited" : false,
      "full_text" : "New gaming PC finally built. Weekend sorted 🎮",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1606681105445662571"
          ],
          "editableUntil" : "2022-12-24T16:30:00.000Z",
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
        "89"
      ],
      "favorite_count" : "9",
      "id_str" : "1606681105445662571",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1606681105445662571",
      "created_at" : "Sat Dec 24 16:00:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Working Christmas Eve and Christmas Day this year. Such is the job. Merry Christmas all 🎄",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1598985393008816456"
          ],
          "editableUntil" : "2022-12-03T10:50:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TBL",
            "indices" : [
              "83",
              "87"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "0",
      "id_str" : "1598985393008816456",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1598985393008816456",
      "created_at" : "Sat Dec 03 10:20:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Laminator finally arrived. Ffion's reading cards for the kids are in a pile marked #TBL (to be laminated) 😂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1596556893086614456"
          ],
          "editableUntil" : "2022-11-26T18:00:00.000Z",
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
        "60"
      ],
      "favorite_count" : "6",
      "id_str" : "1596556893086614456",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1596556893086614456",
      "place" : {
        "attributes" : { },
        "bounding_box" : {
          "coordinates" : [
            [
              [
                -3.3413,
                51.3804
              ],
              [
                -3.0729,
                51.3804
              ],
              [
                -3.0729,
                51.5614
              ],
              [
                -3.3413,
                51.5614
              ]
            ]
          ],
          "type" : "Polygon"
        },
        "country" : "United Kingdom",
        "country_code" : "GB",
        "full_name" : "Cardiff, Wales",
        "id" : "49732aabec83eea8",
        "name" : "Cardiff",
        "place_type" : "city",
        "url" : "https://api.twitter.com/1.1/geo/id/49732aabec83eea8.json"
      },
      "created_at" : "Sat Nov 26 17:30:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Wales v Australia at the Principality today! 🏉 Come on Wales",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1594469389499054316"
          ],
          "editableUntil" : "2022-11-20T23:45:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "TBL",
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
        "65"
      ],
      "favorite_count" : "13",
      "id_str" : "1594469389499054316",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1594469389499054316",
      "created_at" : "Sun Nov 20 23:15:00 +0000 2022",
      "favorited" : false,
      "full_text" : "#TBL 🖤💙🖤 look after each other out there, rough week for the team",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1586474961441944121"
          ],
          "editableUntil" : "2022-10-29T22:18:00.000Z",
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
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "1586474961441944121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1586474961441944121",
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "51.4648",
          "-3.1703"
        ]
      },
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "-3.1703",
          "51.4648"
        ]
      },
      "place" : {
        "attributes" : { },
        "bounding_box" : {
          "coordinates" : [
            [
              [
                -3.3413,
                51.3804
              ],
              [
                -3.0729,
                51.3804
              ],
              [
                -3.0729,
                51.5614
              ],
              [
                -3.3413,
                51.5614
              ]
            ]
          ],
          "type" : "Polygon"
        },
        "country" : "United Kingdom",
        "country_code" : "GB",
        "full_name" : "Cardiff, Wales",
        "id" : "3057a65fc0c8f1cb",
        "name" : "Cardiff",
        "place_type" : "city",
        "url" : "https://api.twitter.com/1.1/geo/id/3057a65fc0c8f1cb.json"
      },
      "created_at" : "Sat Oct 29 21:48:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Brew before briefing ☕ quiet one hopefully",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1580088379652615454"
          ],
          "editableUntil" : "2022-10-12T07:20:00.000Z",
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
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "1580088379652615454",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1580088379652615454",
      "created_at" : "Wed Oct 12 06:50:00 +0000 2022",
      "favorited" : false,
      "full_text" : "On lates this week so the school run is all on Ffion. Diolch cariad ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1576573970063933155"
          ],
          "editableUntil" : "2022-10-02T14:35:00.000Z",
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
        "88"
      ],
      "favorite_count" : "1",
      "id_str" : "1576573970063933155",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1576573970063933155",
      "created_at" : "Sun Oct 02 14:05:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Met my sister for lunch in Penarth, first time in months. Fish &amp; chips on the pier 🐟",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1571615045198938633"
          ],
          "editableUntil" : "2022-09-18T22:10:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "South Wales Police",
            "screen_name" : "SWPolice",
            "indices" : [
              "17",
              "26"
            ],
            "id_str" : "1190000000000000101",
            "id" : "1190000000000000101"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "7",
      "id_str" : "1571615045198938633",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1571615045198938633",
      "created_at" : "Sun Sep 18 21:40:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Three years with @SWPolice today. Proud of this job, most days anyway 😅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1567047951453746948"
          ],
          "editableUntil" : "2022-09-06T07:42:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "thinblueline",
            "indices" : [
              "83",
              "96"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "7",
      "id_str" : "1567047951453746948",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1567047951453746948",
      "created_at" : "Tue Sep 06 07:12:00 +0000 2022",
      "favorited" : false,
      "full_text" : "First night shift as response officer done. Four jobs, one foot chase, zero sleep. #thinblueline",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1566849139701139087"
          ],
          "editableUntil" : "2022-09-05T18:32:00.000Z",
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
        "111"
      ],
      "favorite_count" : "6",
      "id_str" : "1566849139701139087",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1566849139701139087",
      "created_at" : "Mon Sep 05 18:02:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Three years of training and tutoring, and tonight I start on response. Nervous and excited in equal measure 🖤💙🖤",
      "lang" : "en"
    }
  }
]