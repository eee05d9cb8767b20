namespace FactLsp.Server.Tests; public class SmokeTests { [Fact] public void True() => Assert.Equal(2, 1 + 1); }
