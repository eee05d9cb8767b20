namespace FactLsp.Core.Tests; public class SmokeTests { [Fact] public void True() => Assert.Equal(2, 1 + 1); }
