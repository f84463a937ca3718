"""What a timeline is: dates, events, problems, the document validator, loading and serializing."""
