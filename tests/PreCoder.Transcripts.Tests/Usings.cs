global using PreCoder.Core.Errors;
global using PreCoder.Core.Transcripts;
global using PreCoder.TestKit;
global using PreCoder.Transcripts.Import;
global using Xunit;
