global using PreCoder.TestKit;
global using Xunit;
