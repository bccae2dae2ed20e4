namespace NewsTools.Tests.Feeds
{
    /// <summary>Feeds written for these tests: one story in each of the three formats, with offsets that are not UTC.</summary>
    public static class FeedFixtures
    {
        public static string Rss(params (string Title, string Link, string Date)[] items)
        {
            var body = "";
            foreach (var (title, link, date) in items)
            {
                body += $"<item><title>{title}</title><link>{link}</link><guid>{link}</guid><pubDate>{date}</pubDate>" +
                        "<description>&lt;p&gt;The &lt;b&gt;ferry&lt;/b&gt; strike entered its second day.&lt;/p&gt;</description></item>";
            }

            return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Harbour Gazette</title>" +
                   "<link>http://127.0.0.1/</link><description>News</description>" + body + "</channel></rss>";
        }

        public const string Atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?>" +
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Coastal Wire</title><id>urn:coastal</id><updated>2024-03-12T10:00:00+01:00</updated>" +
            "<entry><title>Council approves bridge</title><id>urn:coastal:1</id><link href=\"stories/bridge.html\"/>" +
            "<published>2024-03-12T09:30:00+01:00</published><updated>2024-03-12T09:45:00+01:00</updated>" +
            "<summary>The council voted 7-2 for the new bridge.</summary></entry></feed>";

        public const string JsonFeed = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Valley Times\",\"items\":[" +
            "{\"id\":\"orchard-1\",\"url\":\"https://valley.example/orchard\",\"title\":\"Frost hits orchards\"," +
            "\"date_published\":\"2024-03-14T06:15:00-05:00\",\"summary\":\"Growers count the cost of a late frost.\"}]}";
    }
}
